package org.tangier.screening.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Disclosure;
import org.tangier.hits.FoundMatch;
import org.tangier.hits.MatchDisclosure;
import org.tangier.matching.identifier.DocumentKey;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.Verdict;
import org.tangier.notices.NoticeInForce;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordPhoto;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.screening.CheckMade;

/**
 * Runs checks against this node's index. The index finds every record in force, whoever owns it; the answer then
 * shows the checking agency only what each owner's restriction allows and every HIT raises a hit for the owner (one
 * place: {@link MatchDisclosure}); every check is audited with its purpose.
 */
@Service
class ScreeningService {

    static final Set<Role> CHECKERS = Set.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER);

    private final ScreeningIndex index;
    private final Records records;
    private final MatchDisclosure disclosure;
    private final AuditLog audit;
    private final ScreeningSettings settings;
    private final ShownMatches shown;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** How long after a check its POSSIBLE can still be verified into a hit from the page. */
    static final java.time.Duration VERIFY_WITHIN = java.time.Duration.ofDays(1);

    ScreeningService(ScreeningIndex index, Records records, MatchDisclosure disclosure, AuditLog audit,
            ScreeningSettings settings, ShownMatches shown, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.shown = shown;
        this.index = index;
        this.records = records;
        this.disclosure = disclosure;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    static Caller requireChecker(Caller caller) {
        return caller.requireAny(CHECKERS, "screening.role.check");
    }

    static String requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalid("purpose", "screening.required-why-check-border-control");
        }
        if (purpose.length() > 200) {
            throw ProblemException.invalid("purpose", "screening.most-200-characters");
        }
        return purpose.strip();
    }

    /**
     * Not one transaction: a check holds no database connection while the audit writer (which commits entries in
     * groups on a connection of its own) records it; under load, requests that each held a connection while waiting
     * for the writer would starve it. Each hit commits with its HitRaised publication in {@link Hits#raise}.
     */
    public CheckAnswer check(Caller caller, CheckRequest request) {
        requireChecker(caller);
        String purpose = requirePurpose(request.purpose());
        Probe probe = Probe.of(request);
        UUID checkId = org.tangier.platform.TimeOrderedIds.next();
        Instant now = clock.instant();
        List<Found> found = find(probe);
        List<CheckAnswer.Match> matches = new ArrayList<>();
        List<String> hitIds = new ArrayList<>();
        List<String> recordIds = new ArrayList<>();
        for (Found f : found) {
            CheckAnswer.Match m = answer(caller, f, probe, purpose, request.location(), CheckRoute.of(request));
            if (m != null) {
                matches.add(m);
                recordIds.add(f.record().id().toString());
                if (m.hitId() != null) {
                    hitIds.add(m.hitId().toString());
                }
                if (CheckAnswer.FULL.equals(m.visibility())) {
                    shown.keep(new ShownMatches.Shown(checkId, m.record().id(), m.outcome(), caller.agencyCode(),
                            caller.name(), now, m.score(), m.matchedOn(), context(purpose, probe, request.location()),
                            m.hitId()));
                }
            }
        }
        String outcome = outcome(matches);
        audit.record(new AuditEvent("screening.check", "check", checkId.toString(), purpose, AuditEvent.Outcome.SUCCESS,
                detail(outcome, matches, recordIds, hitIds, request.location())));
        made(caller, request, now);
        String instruction = matches.isEmpty() ? null : matches.get(0).instruction();
        return new CheckAnswer(checkId, outcome, now, instruction, List.copyOf(probe.warnings),
                probe.mrz == null ? null : MrzView.of(probe.mrz), matches);
    }

    /** Tells the trends that a check was answered (no personal data: place, time, route). */
    void made(Caller caller, CheckRequest request, Instant at) {
        CheckRequest.Location where = request.location();
        events.publishEvent(new CheckMade(caller.agencyCode(), at, where == null ? null : where.checkpoint(),
                where == null ? null : where.country(), CheckRoute.of(request)));
    }

    /** A match as the index found it, before the access rules decide what the checker sees. */
    record Found(IndexedRecord record, double score, String matchedOn, Object explanation, Probe.KeyProbe key) {
    }

    /** Every record the probe finds, best score per record, best first, at most max-matches. */
    List<Found> find(Probe probe) {
        Map<UUID, Found> best = new LinkedHashMap<>();
        for (Probe.KeyProbe key : probe.keys) {
            for (IndexedRecord r : index.lookup(key.key())) {
                keep(best, new Found(r, key.score(), key.matchedOn(), null, key));
            }
        }
        if (probe.person != null) {
            for (ScreeningIndex.PersonCandidate c : index.searchPersons(probe.person, null, settings.maxMatches())) {
                if (c.candidate().verdict() != Verdict.NO_HIT) {
                    keep(best, new Found(c.record(), c.candidate().score(), "name", c.candidate().match().explanation(), null));
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Found::score).reversed())
                .limit(settings.maxMatches()).toList();
    }

    private static void keep(Map<UUID, Found> best, Found f) {
        best.merge(f.record().id(), f, (a, b) -> b.score() > a.score() ? b : a);
    }

    /**
     * Scores the match against the record as stored (a document number that agrees only after folding confusable
     * characters is capped below certainty) and lets {@link MatchDisclosure} decide what the checker sees of it and
     * raise the owner's hit.
     */
    CheckAnswer.Match answer(Caller caller, Found f, Probe probe, String purpose, CheckRequest.Location location) {
        return answer(caller, f, probe, purpose, location, null);
    }

    /** As above, the check's route kept on a hit it raises ({@link CheckRoute}). */
    CheckAnswer.Match answer(Caller caller, Found f, Probe probe, String purpose, CheckRequest.Location location,
            String route) {
        Optional<RecordSnapshot> snapshot = records.snapshot(f.record().id());
        if (snapshot.isEmpty()) {
            return null;
        }
        RecordSnapshot record = snapshot.get();
        double score = f.score();
        Object explanation = f.explanation();
        if (f.key() != null) {
            List<String> notes = new ArrayList<>();
            String recorded = recordedIdentifier(record, f.key(), probe);
            if (recorded != null && probe.documentNumber != null && f.matchedOn().contains("document")
                    && !recorded.equals(probe.documentNumber)) {
                // the numbers only agree once confusable characters are folded (O/0, I/1...): a clerk's error, or not
                score = Math.min(score, 0.95);
                notes.add("numbers agree only after folding easily confused characters (O/0, I/1, S/5...): "
                        + probe.documentNumber + " vs " + recorded);
            }
            explanation = new CheckAnswer.KeyExplanation(f.key().rule(), f.key().queried(), recorded, notes);
        }
        MatchThresholds thresholds = index.thresholds();
        Verdict verdict = thresholds.verdict(score);
        if (verdict == Verdict.NO_HIT) {
            return null;
        }
        CheckContext check = context(purpose, probe, location, route);
        Disclosure d = disclosure.disclose(caller, new FoundMatch(record, index.noticesOn(record.id()),
                verdict == Verdict.HIT, score, f.matchedOn(), check));
        if (d.refused()) {
            return new CheckAnswer.Match(d.outcome(), d.hitId(), d.ownerAgency(), CheckAnswer.REFUSED, null, null,
                    null, d.instruction(), null, null, null, null);
        }
        NoticeInForce notice = d.notice();
        return new CheckAnswer.Match(d.outcome(), d.hitId(), d.ownerAgency(), CheckAnswer.FULL,
                new CheckAnswer.RecordRef(record.id(), record.type().id(), record.caption()),
                notice == null ? null : new CheckAnswer.NoticeRef(notice.noticeId(), notice.reference(),
                        notice.type().name(), notice.diffusion(), notice.ownerAgency()),
                d.noticeType(), d.instruction(), d.score(), f.matchedOn(), explanation, CheckAnswer.Subject.of(record));
    }

    private static CheckContext context(String purpose, Probe probe, CheckRequest.Location location) {
        return context(purpose, probe, location, null);
    }

    private static CheckContext context(String purpose, Probe probe, CheckRequest.Location location, String route) {
        return new CheckContext(purpose, probe.summary(), location == null ? null : location.checkpoint(),
                location == null ? null : location.country(), route);
    }

    /**
     * The checker verified a POSSIBLE its check was shown in full and makes it a hit (one click on the check page):
     * the hit is raised with the owner's instruction through {@link MatchDisclosure#raiseVerified}, which records
     * and audits the verification. A second click returns the same hit.
     */
    UUID verifyPossible(Caller caller, UUID checkId, UUID recordId, String verification) {
        requireChecker(caller);
        ShownMatches.Shown possible = shown.find(checkId, recordId, caller.agencyCode())
                .filter(m -> m.outcome().equals(Verdict.POSSIBLE.name()))
                .orElseThrow(() -> ProblemException.of(404, "screening.not-found.possible", recordId, checkId));
        if (possible.hitId() != null) {
            return possible.hitId();
        }
        if (possible.answeredAt().plus(VERIFY_WITHIN).isBefore(clock.instant())) {
            throw ProblemException.of(409, "screening.check-more-than-day-old");
        }
        RecordSnapshot record = records.snapshot(recordId)
                .orElseThrow(() -> ProblemException.of(404, "screening.not-found.possible", recordId, checkId));
        UUID hitId = disclosure.raiseVerified(caller, new FoundMatch(record, index.noticesOn(recordId), true,
                possible.score(), possible.matchedOn(), possible.check()), verification);
        shown.hitRaised(checkId, recordId, hitId);
        return hitId;
    }

    /**
     * A match the caller's check was shown in full, as the match sheet shows it: the record and its notices, if the
     * owner's restrictions still admit the caller (asked of {@link MatchDisclosure}, counted nowhere). Audited.
     */
    Optional<Sheet> sheet(Caller caller, UUID checkId, UUID recordId) {
        requireChecker(caller);
        Optional<ShownMatches.Shown> match = shown.find(checkId, recordId, caller.agencyCode());
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecordSnapshot> record = records.snapshot(recordId);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        ShownMatches.Shown m = match.get();
        FoundMatch found = new FoundMatch(record.get(), index.noticesOn(recordId), false, m.score(), m.matchedOn(),
                m.check());
        if (!disclosure.discloses(caller, found)) {
            return Optional.empty();
        }
        audit.record(new AuditEvent("screening.match.read", record.get().type().id(), recordId.toString(),
                m.check().purpose(), AuditEvent.Outcome.SUCCESS, "check " + checkId));
        return Optional.of(new Sheet(m, record.get(), found.notice(), CheckAnswer.Subject.of(record.get()),
                records.photo(recordId).isPresent()));
    }

    /** What the match sheet shows. */
    record Sheet(ShownMatches.Shown match, RecordSnapshot record, NoticeInForce notice, CheckAnswer.Subject subject,
            boolean hasPhoto) {
    }

    /** The photo of a match the caller's check was shown in full, under the same rule as the sheet; audited. */
    Optional<RecordPhoto> photo(Caller caller, UUID checkId, UUID recordId) {
        Optional<ShownMatches.Shown> match = disclosedMatch(caller, checkId, recordId);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecordPhoto> photo = records.photo(recordId);
        photo.ifPresent(p -> audit.record(new AuditEvent("screening.photo.read", "record", recordId.toString(),
                match.get().check().purpose(), AuditEvent.Outcome.SUCCESS, "check " + checkId)));
        return photo;
    }

    /** Whether the page may show a photo of the match (it is then read, and audited, by {@link #photo}). */
    boolean hasPhoto(Caller caller, UUID checkId, UUID recordId) {
        return disclosedMatch(caller, checkId, recordId).isPresent() && records.photo(recordId).isPresent();
    }

    private Optional<ShownMatches.Shown> disclosedMatch(Caller caller, UUID checkId, UUID recordId) {
        requireChecker(caller);
        Optional<ShownMatches.Shown> match = shown.find(checkId, recordId, caller.agencyCode());
        Optional<RecordSnapshot> record = records.snapshot(recordId);
        if (match.isEmpty() || record.isEmpty() || !disclosure.discloses(caller, new FoundMatch(record.get(),
                index.noticesOn(recordId), false, match.get().score(), match.get().matchedOn(), match.get().check()))) {
            return Optional.empty();
        }
        return match;
    }

    private static String recordedIdentifier(RecordSnapshot record, Probe.KeyProbe key, Probe probe) {
        if (record.details() instanceof TravelDocumentDetails d) {
            return normalisedNumber(d.issuingCountry(), d.number());
        }
        if (record.details() instanceof org.tangier.records.PersonDetails p && probe.documentNumber != null) {
            for (var id : p.identifiers()) {
                try {
                    String k = ScreeningKeys.documentKey(id.issuingCountry(), id.number());
                    if (k.equals(key.key())) {
                        return normalisedNumber(id.issuingCountry(), id.number());
                    }
                } catch (RuntimeException e) {
                    // not a usable identifier
                }
            }
        }
        return null;
    }

    private static String normalisedNumber(String country, String number) {
        try {
            return DocumentKey.of(country, number).number();
        } catch (RuntimeException e) {
            return number;
        }
    }

    static String outcome(List<CheckAnswer.Match> matches) {
        if (matches.stream().anyMatch(m -> m.outcome().equals(Verdict.HIT.name()))) {
            return Verdict.HIT.name();
        }
        return matches.isEmpty() ? Verdict.NO_HIT.name() : Verdict.POSSIBLE.name();
    }

    /**
     * The check's audit detail. It names the records matched, so that each owner can see which agencies screened its
     * records (the owner's access view reads the entries that name a record); ids only, opaque to the checker.
     */
    private static String detail(String outcome, List<CheckAnswer.Match> matches, List<String> recordIds,
            List<String> hitIds, CheckRequest.Location location) {
        StringBuilder b = new StringBuilder(outcome).append(", ").append(matches.size()).append(" match(es)");
        if (!recordIds.isEmpty()) {
            b.append(", records ").append(String.join(",", recordIds));
        }
        if (!hitIds.isEmpty()) {
            b.append(", hits ").append(String.join(",", hitIds));
        }
        if (location != null && location.checkpoint() != null) {
            b.append(", at ").append(location.checkpoint());
        }
        return cut(b.toString(), 1000);
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
