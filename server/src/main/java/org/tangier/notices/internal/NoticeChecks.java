package org.tangier.notices.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.access.AccessRules;
import org.tangier.notices.NoticeType;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordType;
import org.tangier.records.Records;

/**
 * The automatic checks shown to the reviewer: required data missing, a subject already under another notice in force,
 * and terms that may give the request a political, military, religious or racial character. They inform; the
 * reviewer decides (only missing required data stops publication).
 */
@Component
class NoticeChecks {

    private final NoticeStore store;
    private final Records records;
    private final SensitiveTerms terms;

    NoticeChecks(NoticeStore store, Records records, SensitiveTerms terms) {
        this.store = store;
        this.records = records;
        this.terms = terms;
    }

    /** The findings that stop publication: required fields, subjects, identification. */
    List<NoticeView.Check> blocking(StoredNotice n) {
        List<NoticeView.Check> checks = new ArrayList<>();
        for (String field : NoticeFields.missing(n.type(), n.fields())) {
            checks.add(new NoticeView.Check("missing-field", List.of(field), "Required data missing: " + field));
        }
        if (n.summary() == null || n.summary().isBlank()) {
            checks.add(new NoticeView.Check("missing-field", List.of("summary"), "Required data missing: summary"));
        }
        if (NoticeFields.needsSubject(n.type()) && n.subjects().isEmpty()) {
            checks.add(new NoticeView.Check("no-subject", List.of(), "A " + n.type() + " notice needs at least one subject."));
        }
        if (n.type() == NoticeType.RED && !n.subjects().isEmpty() && !identifiable(n.subjects())) {
            checks.add(new NoticeView.Check("weak-identification", List.of(),
                    "A RED notice needs a person subject with a name and a birth date or an identity document."));
        }
        return checks;
    }

    /** All findings, as the viewer may see them: other notices are named only if the viewer may see them. */
    List<NoticeView.Check> all(StoredNotice n, String viewer) {
        List<NoticeView.Check> checks = new ArrayList<>(blocking(n));
        for (UUID subject : n.subjects()) {
            for (StoredNotice other : store.inForceFor(subject)) {
                if (other.id().equals(n.id())) {
                    continue;
                }
                boolean visible = AccessRules.maySee(viewer, other.owner(), other.restriction());
                String ref = visible ? other.reference() : "(" + other.owner() + ")";
                checks.add(new NoticeView.Check("subject-under-notice", List.of(subject.toString(), ref),
                        "Subject " + subject + " is already under notice " + ref + " in force."));
            }
        }
        StringBuilder text = new StringBuilder(n.summary() == null ? "" : n.summary());
        n.fields().values().forEach(v -> text.append('\n').append(v));
        for (SensitiveTerms.Finding f : terms.find(text.toString())) {
            checks.add(new NoticeView.Check("sensitive-term", List.of(f.term(), f.category()),
                    "The term '" + f.term() + "' may give the request a " + f.category() + " character."));
        }
        return checks;
    }

    /** A person subject with a name and a birth date or identity document, or a person and a travel document subject. */
    private boolean identifiable(List<UUID> subjects) {
        boolean person = false;
        boolean document = false;
        for (UUID id : subjects) {
            RecordSnapshot s = records.snapshot(id).orElse(null);
            if (s == null) {
                continue;
            }
            if (s.details() instanceof PersonDetails p && !p.names().isEmpty()) {
                if (!p.birthDates().isEmpty() || !p.identifiers().isEmpty()) {
                    return true;
                }
                person = true;
            }
            document |= s.type() == RecordType.TRAVEL_DOCUMENT;
        }
        return person && document;
    }
}
