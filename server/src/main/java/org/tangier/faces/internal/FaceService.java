package org.tangier.faces.internal;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.faces.FaceAnalysis;
import org.tangier.faces.FaceCandidate;
import org.tangier.faces.FaceCandidateConfirmed;
import org.tangier.faces.FaceEngine;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Disclosure;
import org.tangier.hits.FoundMatch;
import org.tangier.hits.MatchDisclosure;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.notices.Notices;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordPhoto;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * Enrolment, 1:N search and the examiner's decision. Faces follow their person record's access rules: only the owner
 * enrols. A search lists the persons under YELLOW, BLACK or RED notices whose faces come close; what the searching
 * agency sees of each is {@link MatchDisclosure}'s decision, as for every check. No search names anyone by itself: an
 * examiner of the searching agency records a potential candidate, no candidate or an inconclusive review, and only a
 * potential candidate raises a hit for the owner.
 */
@Service
class FaceService {

    static final Set<Role> CHECKERS = Set.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER);
    static final Set<NoticeType> SEARCHED = EnumSet.of(NoticeType.YELLOW, NoticeType.BLACK, NoticeType.RED);
    static final Set<String> CONCLUSIONS = Set.of("POTENTIAL_CANDIDATE", "NO_CANDIDATE", "INCONCLUSIVE");

    private final FaceEngine engine;
    private final FaceSettings settings;
    private final FaceStore store;
    private final FaceGallery gallery;
    private final Records records;
    private final ObjectProvider<Notices> notices;
    private final MatchDisclosure disclosure;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FaceService(FaceEngine engine, FaceSettings settings, FaceStore store, FaceGallery gallery, Records records,
            ObjectProvider<Notices> notices, MatchDisclosure disclosure, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.engine = engine;
        this.settings = settings;
        this.store = store;
        this.gallery = gallery;
        this.records = records;
        this.notices = notices;
        this.disclosure = disclosure;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    record Enrolled(UUID faceId, UUID personId, QualityView quality) {
    }

    // ---- enrolment

    @Transactional
    Enrolled enrol(Caller caller, UUID personId, BufferedImage image, byte[] bytes, String captureSource) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "faces.enrolling-faces-needs-bureau-officer");
        }
        RecordView person = records.read(caller, personId, "face enrolment")
                .orElseThrow(() -> ProblemException.notFound("Record " + personId));
        if (person.type() != RecordType.PERSON) {
            throw ProblemException.of(400, "faces.faces-enrolled-person-records", person.type().id());
        }
        if (!person.owner().equals(caller.agencyCode())) {
            throw ProblemException.of(403, "faces.only-owning-agency-enrols-faces", person.owner());
        }
        String source = captureSource == null || captureSource.isBlank() ? "unspecified" : captureSource.trim();
        if (source.length() > 60) {
            throw ProblemException.invalid("source", "faces.most-60-characters");
        }
        FaceAnalysis analysis = engine.analyse(image, settings.quality());
        if (!analysis.accepted()) {
            audit.record(AuditEvent.success("face.enrol.refused", "person", personId.toString())
                    .withDetail(String.join(", ", QualityView.of(analysis.quality()).refusals())));
            throw FaceRefusal.of(analysis.quality());
        }
        var q = analysis.quality();
        StoredFace face = new StoredFace(UUID.randomUUID(), personId, source, gallery.model(), q.eyeDistance(), q.yaw(),
                q.roll(), q.sharpness(), clock.instant(), caller.name());
        store.insert(face, bytes, analysis.template().toBytes());
        gallery.add(personId, analysis.template());
        audit.record(AuditEvent.success("face.enrol", "person", personId.toString()).withDetail("source " + source));
        return new Enrolled(face.id(), personId, QualityView.of(q));
    }

    /** Enrols the face on the record's own photo; reading the record applies the access rules and the audit. */
    @Transactional
    Enrolled enrolFromPhoto(Caller caller, UUID personId, FaceImages images) {
        records.read(caller, personId, "face enrolment from the record photo")
                .orElseThrow(() -> ProblemException.notFound("Record " + personId));
        byte[] photo = records.photo(personId).map(RecordPhoto::bytes)
                .orElseThrow(() -> ProblemException.of(404, "faces.not-found.photo-of-record", personId));
        return enrol(caller, personId, images.read("photo", photo), photo, "record photo");
    }

    List<StoredFace> faces(Caller caller, UUID personId) {
        records.read(caller, personId, "face list").orElseThrow(() -> ProblemException.notFound("Record " + personId));
        return store.ofPerson(personId);
    }

    Optional<byte[]> faceImage(Caller caller, UUID faceId, String purpose) {
        StoredFace face = store.find(faceId).orElseThrow(() -> ProblemException.of(404, "faces.not-found.face", faceId));
        records.read(caller, face.personId(), purpose).orElseThrow(() -> ProblemException.of(404, "faces.not-found.face", faceId));
        audit.record(AuditEvent.success("face.image.read", "person", face.personId().toString()).withPurpose(purpose));
        return store.image(faceId);
    }

    // ---- search

    @Transactional
    FaceSearchAnswer search(Caller caller, BufferedImage image, byte[] bytes, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalid("purpose", "faces.say-why-search-made-border");
        }
        if (purpose.length() > 500) {
            throw ProblemException.invalid("purpose", "faces.most-500-characters");
        }
        caller.requireAny(CHECKERS, "faces.role.search");
        FaceAnalysis analysis = engine.analyse(image, settings.quality());
        if (!analysis.accepted()) {
            throw FaceRefusal.of(analysis.quality());
        }
        int limit = settings.candidateLimit();
        List<StoredSearch.Candidate> kept = new ArrayList<>();
        List<FaceSearchAnswer.Candidate> answered = new ArrayList<>();
        // persons without a searched notice are skipped, so ask the gallery for more than the list will hold
        for (FaceCandidate c : gallery.search(analysis.template(), limit * 10, settings.candidateThreshold())) {
            if (kept.size() == limit) {
                break;
            }
            UUID personId = UUID.fromString(c.subjectId());
            Optional<RecordSnapshot> person = records.snapshot(personId).filter(r -> r.status() == RecordStatus.ACTIVE);
            List<NoticeInForce> searched = searchedNotices(personId);
            if (person.isEmpty() || searched.isEmpty()) {
                continue;
            }
            StoredSearch.Candidate candidate = new StoredSearch.Candidate(UUID.randomUUID(), kept.size() + 1, personId, c.score());
            kept.add(candidate);
            Disclosure d = disclosure.disclose(caller, found(person.get(), searched, false, c.score(), purpose));
            answered.add(view(candidate, person.get(), d.full(), d.score(), d.notice(), d.instruction()));
        }
        StoredSearch search = new StoredSearch(UUID.randomUUID(), caller.agencyCode(), purpose.trim(), clock.instant(),
                caller.name(), kept, null);
        store.insertSearch(search, bytes);
        audit.record(new AuditEvent("face.search", "face-search", search.id().toString(), purpose,
                AuditEvent.Outcome.SUCCESS, kept.size() + " candidates"));
        return new FaceSearchAnswer(search.id(), search.purpose(), answered, null);
    }

    /** A search of the caller's agency, as it may see it now; counts nothing against the probing budget. */
    FaceSearchAnswer read(Caller caller, UUID searchId) {
        StoredSearch search = ownSearch(caller, searchId);
        List<FaceSearchAnswer.Candidate> answered = new ArrayList<>();
        for (StoredSearch.Candidate c : search.candidates()) {
            records.snapshot(c.personId()).ifPresent(person -> {
                FoundMatch match = found(person, searchedNotices(c.personId()), false, c.score(), search.purpose());
                boolean full = disclosure.discloses(caller, match);
                NoticeInForce notice = match.notice();
                answered.add(view(c, person, full, full ? c.score() : null, full ? notice : null,
                        full && notice != null ? notice.instruction().name() : "CONTACT_OWNER"));
            });
        }
        StoredSearch.Decision d = search.decision();
        return new FaceSearchAnswer(search.id(), search.purpose(), answered, d == null ? null
                : new FaceSearchAnswer.Decision(d.conclusion(), d.candidateId(), d.hitId(), d.decidedBy(), d.note()));
    }

    List<FaceSearchAnswer> undecided(Caller caller) {
        caller.requireAny(CHECKERS, "faces.role.search");
        return store.undecided(caller.agencyCode(), 50).stream().map(id -> read(caller, id)).toList();
    }

    Optional<byte[]> probe(Caller caller, UUID searchId) {
        ownSearch(caller, searchId);
        audit.record(AuditEvent.success("face.probe.read", "face-search", searchId.toString()));
        return store.probe(searchId);
    }

    // ---- examiner

    @Transactional
    FaceSearchAnswer decide(Caller caller, UUID searchId, String conclusion, UUID candidateId, String note) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "faces.reviewing-face-searches-needs-bureau");
        }
        StoredSearch search = ownSearch(caller, searchId);
        String c = conclusion == null ? "" : conclusion.trim().toUpperCase(Locale.ROOT);
        if (!CONCLUSIONS.contains(c)) {
            throw ProblemException.invalid("decision", "faces.potential-candidate-no-candidate-inconclusive");
        }
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > 1000) {
            throw ProblemException.invalid("note", "faces.most-1000-characters");
        }
        StoredSearch.Candidate chosen = null;
        if (c.equals("POTENTIAL_CANDIDATE")) {
            if (candidateId == null) {
                throw ProblemException.invalid("candidateId", "faces.name-candidate-search-examiner-found");
            }
            chosen = search.candidates().stream().filter(x -> x.id().equals(candidateId)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("candidateId", "faces.not-candidate-search"));
        } else if (candidateId != null) {
            throw ProblemException.invalid("candidateId", "faces.only-potential-candidate-names");
        }
        if (!store.decide(searchId, new StoredSearch.Decision(c, candidateId, null, clock.instant(), caller.name(), trimmed))) {
            throw ProblemException.of(409, "faces.search-was-already-reviewed");
        }
        audit.record(AuditEvent.success("face.search.decide", "face-search", searchId.toString())
                .withDetail(c + (trimmed == null ? "" : ": " + trimmed)));
        if (chosen != null) {
            raiseHit(search, chosen);
        }
        return read(caller, searchId);
    }

    /** The examiner's potential candidate becomes the searcher's hit to the owner, through the one disclosure rule. */
    private void raiseHit(StoredSearch search, StoredSearch.Candidate chosen) {
        Caller searcher = new Caller(Caller.Kind.USER, "face-search", search.createdBy(), search.searchingAgency(),
                Set.of(Role.BORDER_OFFICER));
        RecordSnapshot person = records.snapshot(chosen.personId())
                .orElseThrow(() -> ProblemException.of(409, "faces.candidate-s-record-no-longer"));
        UUID hitId = disclosure.raise(searcher, found(person, searchedNotices(person.id()), true, chosen.score(),
                search.purpose()));
        store.attachHit(search.id(), hitId);
        events.publishEvent(new FaceCandidateConfirmed(search.id(), person.id(), chosen.score(),
                search.searchingAgency(), hitId));
    }

    private StoredSearch ownSearch(Caller caller, UUID searchId) {
        return store.findSearch(searchId).filter(s -> s.searchingAgency().equals(caller.agencyCode()))
                .orElseThrow(() -> ProblemException.of(404, "faces.not-found.face-search", searchId));
    }

    private List<NoticeInForce> searchedNotices(UUID personId) {
        Notices source = notices.getIfUnique();
        return source == null ? List.of()
                : source.inForceFor(personId).stream().filter(n -> SEARCHED.contains(n.type())).toList();
    }

    private static FoundMatch found(RecordSnapshot person, List<NoticeInForce> inForce, boolean hit, double score,
            String purpose) {
        return new FoundMatch(person, inForce, hit, score, "face", CheckContext.of(purpose, "face image"));
    }

    private static FaceSearchAnswer.Candidate view(StoredSearch.Candidate c, RecordSnapshot person, boolean full,
            Double score, NoticeInForce notice, String instruction) {
        FaceSearchAnswer.Notice n = full && notice != null
                ? new FaceSearchAnswer.Notice(notice.noticeId(), notice.reference(), notice.type().name(), instruction)
                : new FaceSearchAnswer.Notice(null, null, null, instruction);
        return new FaceSearchAnswer.Candidate(c.id(), c.rank(), full ? person.id() : null, full ? person.caption() : null,
                full ? score : null, n, full ? FaceSearchAnswer.FULL : FaceSearchAnswer.OWNER_ONLY, person.owner());
    }

}
