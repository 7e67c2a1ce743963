package org.tangier.screening.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;

/**
 * The answer to a check: the outcome, and per match only what the owner's restriction lets the checking agency
 * see. A match the owner refuses carries the outcome, the hit reference, the owner agency, the notice type and the
 * instruction to contact the owner, and nothing else (fields that are null are left out of the JSON).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckAnswer(UUID checkId, String outcome, Instant checkedAt, String instruction, List<String> warnings,
        MrzView mrz, List<Match> matches) {

    /**
     * @param subject what the check page shows of a person matched in full (birth dates, nationalities,
     *                identifiers); never in the API's JSON, whose shape clients rely on
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Match(String outcome, UUID hitId, String ownerAgency, String visibility, RecordRef record,
            NoticeRef notice, String noticeType, String instruction, Double score, String matchedOn,
            Object explanation, @JsonIgnore Subject subject) {

        Match withoutDetail() {
            return new Match(outcome, hitId, ownerAgency, visibility, record, notice, noticeType, instruction, score,
                    matchedOn, null, null);
        }
    }

    /** A person matched in full, as the officer needs it before acting: born when, of which nationality, which papers. */
    record Subject(List<String> names, List<String> birthDates, String placeOfBirth, List<String> nationalities,
            List<PersonDetails.Identifier> identifiers, List<String> distinguishingMarks) {

        static Subject of(RecordSnapshot record) {
            if (!(record.details() instanceof PersonDetails p)) {
                return null;
            }
            return new Subject(p.names().stream().map(PersonDetails.Name::value).filter(n -> !n.equals(record.caption()))
                    .toList(), p.birthDates(), p.placeOfBirth(), p.nationalities(), p.identifiers(),
                    p.distinguishingMarks());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecordRef(UUID id, String type, String caption) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NoticeRef(UUID id, String reference, String type, boolean diffusion, String ownerAgency) {
    }

    /** Why an identifier matched: which key and what normalisation it took. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KeyExplanation(String rule, String queried, String recorded, List<String> notes) {
    }

    static final String FULL = "full";
    static final String REFUSED = "refused";
}
