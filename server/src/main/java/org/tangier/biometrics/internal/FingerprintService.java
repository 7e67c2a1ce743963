package org.tangier.biometrics.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.FingerprintMatchFound;
import org.tangier.biometrics.Template;
import org.tangier.biometrics.Thresholds;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.notices.Notices;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Disclosure;
import org.tangier.hits.FoundMatch;
import org.tangier.hits.MatchDisclosure;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordType;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * Enrolment, 1:N search and the examiner's decisions. Prints follow their person record's access rules: only the
 * owner enrols; a search finds every enrolled print, but the searching agency sees a candidate's identity only when
 * the owner lets it; a match above the threshold is a HIT, one near it is POSSIBLE until an examiner decides.
 * Enrolments and black notices are cross-searched so that a match is found whichever side arrives first.
 */
@Service
class FingerprintService {

    static final int CANDIDATE_LIMIT = 20;
    /** A latent search answers a short list for the examiner, as AFIS latent workflows do. */
    static final int LATENT_CANDIDATE_LIMIT = 10;
    static final Set<Role> CHECKERS = Set.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER);

    private final FingerprintStore store;
    private final PrintGallery gallery;
    private final Records records;
    private final ObjectProvider<Notices> notices;
    private final MatchDisclosure disclosure;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FingerprintService(FingerprintStore store, PrintGallery gallery, Records records, ObjectProvider<Notices> notices,
            MatchDisclosure disclosure, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.disclosure = disclosure;
        this.store = store;
        this.gallery = gallery;
        this.records = records;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- enrolment

    @Transactional
    List<StoredPrint> enrol(Caller caller, UUID personId, List<ProbeSample> samples, String captureSource) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "biometrics.enrolling-fingerprints-needs-bureau-officer");
        }
        RecordView person = records.read(caller, personId, "fingerprint enrolment")
                .orElseThrow(() -> ProblemException.notFound("Record " + personId));
        if (person.type() != RecordType.PERSON) {
            throw ProblemException.of(400, "biometrics.fingerprints-enrolled-person-records", person.type().id());
        }
        if (!person.owner().equals(caller.agencyCode())) {
            throw ProblemException.of(403, "biometrics.only-owning-agency-enrols-prints", person.owner());
        }
        String source = captureSource == null || captureSource.isBlank() ? "unspecified" : captureSource.trim();
        if (source.length() > 60) {
            throw ProblemException.invalid("source", "biometrics.most-60-characters");
        }
        if (samples.stream().allMatch(ProbeSample::latent)) {
            throw ProblemException.invalid("transaction", "biometrics.ansi-nist-itl-transaction-holds");
        }
        Instant now = clock.instant();
        List<StoredPrint> enrolled = new ArrayList<>();
        samples = samples.stream().filter(sample -> !sample.latent()).toList();
        for (ProbeSample sample : samples) {
            StoredPrint print = new StoredPrint(UUID.randomUUID(), personId, sample.position(), source, sample.format(),
                    sample.dpi(), sample.template().format(), now, caller.name());
            store.insert(print, sample.image(), sample.template().toBytes());
            gallery.add(personId, print.id(), sample.position(), sample.template());
            enrolled.add(print);
        }
        audit.record(AuditEvent.success("fingerprint.enrol", "person", personId.toString())
                .withDetail(enrolled.size() + " prints, source " + source));
        crossSearchEnrolment(personId, samples, caller);
        return enrolled;
    }

    List<StoredPrint> prints(Caller caller, UUID personId) {
        records.read(caller, personId, "fingerprint list").orElseThrow(() -> ProblemException.notFound("Record " + personId));
        return store.ofPerson(personId);
    }

    Optional<byte[]> printImage(Caller caller, UUID printId, String purpose) {
        StoredPrint print = store.find(printId).orElseThrow(() -> ProblemException.notFound("Print " + printId));
        records.read(caller, print.personId(), purpose).orElseThrow(() -> ProblemException.notFound("Print " + printId));
        audit.record(AuditEvent.success("fingerprint.image.read", "person", print.personId().toString()).withPurpose(purpose));
        return store.image(printId);
    }

    // ---- search

    @Transactional
    SearchResult search(Caller caller, List<ProbeSample> samples, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalid("purpose", "biometrics.say-why-search-made-border");
        }
        caller.requireAny(CHECKERS, "biometrics.role.search");
        // a transaction with latents is a latent search: the latents against every ten-print, for an examiner
        List<ProbeSample> latents = samples.stream().filter(ProbeSample::latent).toList();
        boolean latent = !latents.isEmpty();
        List<ProbeSample> probes = latent ? latents : samples;
        List<Candidate> candidates = latent
                ? gallery.identify(probe(probes), Thresholds.LATENT_CANDIDATE, LATENT_CANDIDATE_LIMIT)
                : gallery.identify(probe(probes), Thresholds.POSSIBLE, CANDIDATE_LIMIT);
        List<SearchResult.Match> matches = new ArrayList<>();
        ProbeSample first = probes.get(0);
        for (Candidate c : candidates) {
            UUID personId = UUID.fromString(c.subjectId());
            Optional<RecordSnapshot> snapshot = records.snapshot(personId);
            if (snapshot.isEmpty()) {
                continue;
            }
            StoredMatch match = saveMatch(latent ? StoredMatch.LATENT : StoredMatch.SEARCH, null, first, personId, c,
                    caller.agencyCode(), purpose, caller.name());
            RecordSnapshot person = snapshot.get();
            Disclosure d = disclosure.disclose(caller, found(person, match.outcome().equals("HIT"), c.score(),
                    probes.size(), purpose));
            matches.add(new SearchResult.Match(match.id(), d.outcome(), d.score(), d.ownerAgency(),
                    d.full() ? personId : null, d.full() ? person.caption() : null, d.hitId()));
        }
        String outcome = matches.stream().anyMatch(m -> m.outcome().equals("HIT")) ? "HIT"
                : matches.isEmpty() ? "NO_HIT" : "POSSIBLE";
        audit.record(new AuditEvent("fingerprint.search", "fingerprint", null, purpose, AuditEvent.Outcome.SUCCESS,
                samples.size() + " probe prints, outcome " + outcome + ", " + matches.size() + " candidates"));
        return new SearchResult(outcome, matches);
    }

    // ---- examiner

    /** Pending matches on persons the examiner's agency owns: it holds the enrolled print and decides. */
    List<StoredMatch> pending(Caller caller) {
        requireExaminer(caller);
        List<UUID> owned = new ArrayList<>();
        for (StoredMatch m : store.recent(500)) {
            if (m.status().equals("PENDING") && ownedBy(m.candidatePersonId(), caller.agencyCode())) {
                owned.add(m.candidatePersonId());
            }
        }
        return store.pendingFor(owned.stream().distinct().toList());
    }

    Optional<StoredMatch> match(Caller caller, UUID id) {
        requireExaminer(caller);
        return store.findMatch(id).filter(m -> ownedBy(m.candidatePersonId(), caller.agencyCode()));
    }

    Optional<byte[]> probeImage(Caller caller, UUID matchId) {
        StoredMatch match = match(caller, matchId).orElseThrow(() -> ProblemException.notFound("Match " + matchId));
        audit.record(AuditEvent.success("fingerprint.probe.read", "fingerprint-match", match.id().toString()));
        if (match.probePersonId() != null) {
            return store.ofPerson(match.probePersonId()).stream().findFirst().flatMap(p -> store.image(p.id()));
        }
        return store.probeImage(matchId);
    }

    @Transactional
    StoredMatch decide(Caller caller, UUID id, boolean confirm, String note) {
        StoredMatch match = match(caller, id).orElseThrow(() -> ProblemException.notFound("Match " + id));
        String status = confirm ? "CONFIRMED" : "REJECTED";
        String outcome = confirm ? "HIT" : match.outcome();
        if (!store.decide(id, status, outcome, clock.instant(), caller.name(), note == null ? null : note.trim())) {
            throw ProblemException.of(409, "biometrics.match-was-already-decided");
        }
        audit.record(AuditEvent.success(confirm ? "fingerprint.match.confirm" : "fingerprint.match.reject",
                "person", match.candidatePersonId().toString()).withDetail("match " + id + (note == null ? "" : ": " + note)));
        if (confirm && match.outcome().equals("POSSIBLE")
                && (match.probeKind().equals(StoredMatch.SEARCH) || match.probeKind().equals(StoredMatch.LATENT))) {
            // the examiner turned a possible match into a hit: it joins the hits workflow as the searcher's hit
            Caller searcher = new Caller(Caller.Kind.USER, "fingerprint-search", match.createdBy(), match.searchingAgency(),
                    java.util.Set.of(Role.BORDER_OFFICER));
            records.snapshot(match.candidatePersonId()).ifPresent(person -> disclosure.raise(searcher,
                    found(person, true, match.score(), 1, match.purpose() == null ? "fingerprint search" : match.purpose())));
        }
        if (confirm) {
            events.publishEvent(new FingerprintMatchFound(id, match.probeKind(), match.probePersonId(),
                    match.candidatePersonId(), match.score(), "HIT", true, match.searchingAgency()));
        }
        return store.findMatch(id).orElseThrow();
    }

    // ---- cross-searches

    /** A new enrolment is searched against the prints of subjects of open black and yellow notices. */
    private void crossSearchEnrolment(UUID personId, List<ProbeSample> samples, Caller caller) {
        Notices source = notices.getIfUnique();
        if (source == null) {
            return;
        }
        Set<UUID> openSubjects = new HashSet<>();
        boolean isBlackSubject = false;
        List<NoticeInForce> inForce = new ArrayList<>();
        source.forEachInForce(inForce::add);
        for (NoticeInForce notice : inForce) {
            if (notice.type() == NoticeType.BLACK || notice.type() == NoticeType.YELLOW) {
                openSubjects.addAll(notice.subjectIds());
                isBlackSubject |= notice.type() == NoticeType.BLACK && notice.subjectIds().contains(personId);
            }
        }
        openSubjects.remove(personId);
        for (Candidate c : gallery.identify(probe(samples), Thresholds.POSSIBLE, CANDIDATE_LIMIT)) {
            UUID candidate = UUID.fromString(c.subjectId());
            if (!candidate.equals(personId) && (isBlackSubject || openSubjects.contains(candidate))) {
                saveMatch(StoredMatch.ENROLMENT, personId, samples.get(0), candidate, c, caller.agencyCode(),
                        "cross-search of a new enrolment", caller.name());
            }
        }
    }

    /** A black notice (unidentified body) in force: its subjects' prints are searched against every person's. */
    void crossSearchBlackNotice(NoticeInForce notice) {
        if (notice.type() != NoticeType.BLACK) {
            return;
        }
        for (UUID subject : notice.subjectIds()) {
            List<StoredPrint> prints = store.ofPerson(subject);
            if (prints.isEmpty()) {
                continue;
            }
            Map<FingerPosition, Template> probe = new EnumMap<>(FingerPosition.class);
            store.templatesOf(subject).forEach((position, bytes) -> probe.putIfAbsent(position, Template.fromBytes(bytes)));
            for (Candidate c : gallery.identify(probe, Thresholds.POSSIBLE, CANDIDATE_LIMIT)) {
                UUID candidate = UUID.fromString(c.subjectId());
                // a notice handed over again (resubmitted after a failure) must not record the same match twice
                if (!candidate.equals(subject) && !store.hasMatch(StoredMatch.BLACK_NOTICE, subject, candidate)) {
                    ProbeSample first = new ProbeSample(prints.get(0).position(), null, null, prints.get(0).imageFormat(), prints.get(0).dpi());
                    saveMatch(StoredMatch.BLACK_NOTICE, subject, first, candidate, c, notice.ownerAgency(),
                            "cross-search of black notice " + notice.reference(), "system");
                }
            }
        }
        audit.record(AuditActor.system(), AuditEvent.success("fingerprint.cross-search", "notice", notice.noticeId().toString()));
    }

    private StoredMatch saveMatch(String kind, UUID probePerson, ProbeSample probe, UUID candidate, Candidate c,
            String agency, String purpose, String by) {
        // a latent's candidates are never a hit by score alone: an examiner compares them (as with faces)
        String outcome = c.score() >= Thresholds.MATCH && !kind.equals(StoredMatch.LATENT) ? "HIT" : "POSSIBLE";
        UUID candidatePrint = c.fingers().isEmpty() ? null : printId(c.fingers().get(0).enrolledPrintId());
        StoredMatch match = new StoredMatch(UUID.randomUUID(), kind, probePerson, probe.position().code(), candidate,
                candidatePrint, c.score(), outcome, outcome.equals("HIT") ? "CONFIRMED" : "PENDING", agency, purpose,
                clock.instant(), by, null, null, null);
        store.insertMatch(match, probePerson == null ? probe.image() : null, probePerson == null ? probe.format() : null);
        events.publishEvent(new FingerprintMatchFound(match.id(), kind, probePerson, candidate, c.score(), outcome,
                false, agency));
        return match;
    }

    /** A fingerprint match as {@link MatchDisclosure} weighs it, with the notices in force on the person. */
    private FoundMatch found(RecordSnapshot person, boolean hit, double score, int probePrints, String purpose) {
        Notices source = notices.getIfUnique();
        List<NoticeInForce> inForce = source == null ? List.of() : source.inForceFor(person.id());
        return new FoundMatch(person, inForce, hit, score, "fingerprint",
                CheckContext.of(purpose, probePrints + " probe print(s)"));
    }

    private static UUID printId(String enrolledPrintId) {
        try {
            return UUID.fromString(enrolledPrintId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean ownedBy(UUID personId, String agency) {
        return records.snapshot(personId).map(r -> r.owner().equals(agency)).orElse(false);
    }

    private static void requireExaminer(Caller caller) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "biometrics.examining-fingerprint-matches-needs-bureau");
        }
    }

    private static Map<FingerPosition, Template> probe(List<ProbeSample> samples) {
        Map<FingerPosition, Template> probe = new EnumMap<>(FingerPosition.class);
        for (ProbeSample s : samples) {
            probe.putIfAbsent(s.position(), s.template());
        }
        return probe;
    }

    /**
     * What the searching agency is told: the owner always; the person and the score only when the owner allows
     * ({@link MatchDisclosure} decides).
     */
    record SearchResult(String outcome, List<Match> matches) {
        record Match(UUID matchId, String outcome, Double score, String ownerAgency, UUID personId, String caption,
                UUID hitId) {
        }
    }
}
