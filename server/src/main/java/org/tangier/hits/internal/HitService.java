package org.tangier.hits.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tangier.hits.HitTrace;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.CheckContext;
import org.tangier.hits.HitPriority;
import org.tangier.hits.HitRaised;
import org.tangier.hits.HitStatus;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * Raises hits and moves them through the workflow. The owner's bureau and duty officers acknowledge, confirm or
 * reject a hit; the owner or the checking agency records the action taken; both may add notes. Every read and
 * change of a hit is audited.
 */
@Service
@EnableConfigurationProperties({HitSettings.class, SightingSettings.class})
class HitService implements Hits {

    static final Set<Role> OWNER_ROLES = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER);
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.BORDER_OFFICER);

    private final HitStore store;
    private final HitSettings settings;
    private final SightingSettings sightings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CentreHitView centre;

    HitService(HitStore store, HitSettings settings, SightingSettings sightings, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, CentreHitView centre) {
        this.centre = centre;
        this.store = store;
        this.settings = settings;
        this.sightings = sightings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A check of the same record by the same checking agency within the repeat window is a sighting of the hit
     * already raised: no second hit in the owner's inbox, no second HitRaised and so no second escalation; the
     * checker quotes the same hit id. Probing alerts are never merged.
     */
    @Override
    @Transactional
    public UUID raise(Caller checker, NewHit hit) {
        Instant now = clock.instant();
        NewHit.Subject subject = hit.subject();
        CheckContext check = hit.check();
        if (!hit.matchedOn().equals(DisclosureService.PROBING) && !sightings.repeatWindow().isZero()) {
            store.lockRepeats(subject.recordId(), checker.agencyCode());
            var earlier = store.repeatOf(subject.recordId(), checker.agencyCode(), now.minus(sightings.repeatWindow()));
            if (earlier.isPresent()) {
                UUID id = earlier.get().id();
                store.addSighting(id, now, checker.name(), check);
                audit.record(new AuditEvent("hit.sighting", "hit", id.toString(), check.purpose(),
                        AuditEvent.Outcome.SUCCESS, "record " + subject.recordId() + " of " + subject.ownerAgency()
                        + (check.checkpoint() == null ? "" : ", at " + check.checkpoint())));
                return id;
            }
        }
        HitPriority priority = HitPriority.forNotice(hit.noticeType());
        Instant due = now.plus(settings.forPriority(priority));
        StoredHit stored = new StoredHit(UUID.randomUUID(), now, subject, hit.notice(),
                new StoredHit.Finding(hit.instruction(), hit.score(), hit.matchedOn()),
                new StoredHit.Checker(checker.agencyCode(), checker.name(), check),
                new StoredHit.Workflow(priority, HitStatus.NEW, due, StoredHit.Milestones.NONE, 1));
        store.insert(stored);
        store.addSighting(stored.id(), now, checker.name(), check);
        audit.record(new AuditEvent("hit.raise", "hit", stored.id().toString(), check.purpose(),
                AuditEvent.Outcome.SUCCESS, "record " + subject.recordId() + " of " + subject.ownerAgency()));
        events.publishEvent(new HitRaised(stored.id(), subject.recordId(), subject.ownerAgency(), checker.agencyCode(),
                hit.noticeType(), priority, now, due, new HitRaised.Where(hit.noticeId(), check.checkpoint(),
                        check.country(), check.route())));
        return stored.id();
    }

    @Override
    public List<org.tangier.hits.WaitingHit> waiting(int limit) {
        return store.waiting(Math.max(1, Math.min(limit, 1000))).stream()
                .map(h -> new org.tangier.hits.WaitingHit(h.id(), h.ownerAgency(), h.checkingAgency(), h.noticeType(),
                        h.workflow().priority(), h.checker().check().country(), h.raisedAt(), h.workflow().acknowledgeBy()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.tangier.hits.WaitingHit> waitingFor(Caller viewer, int limit) {
        return store.waiting(Math.max(1, Math.min(limit, 1000))).stream()
                .map(h -> new org.tangier.hits.WaitingHit(h.id(), h.ownerAgency(), h.checkingAgency(), h.noticeType(),
                        h.workflow().priority(), h.checker().check().country(), h.raisedAt(),
                        h.workflow().acknowledgeBy(), h.checker().check().checkpoint(),
                        centre.captionFor(h, viewer.agencyCode())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachTrace(Consumer<HitTrace> consumer) {
        store.forEachTrace(consumer);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HitTrace> trace(UUID hitId) {
        return store.trace(hitId);
    }

    @Transactional
    public List<HitView> inbox(Caller caller, HitStatus status, int limit, int offset) {
        requireAny(caller, OWNER_ROLES, "hits.role.inbox");
        Instant now = clock.instant();
        List<HitView> hits = store.inbox(caller.agencyCode(), status, page(limit), Math.max(0, offset)).stream()
                .map(h -> view(h, caller, now, false)).toList();
        audit.record(new AuditEvent("hit.list", "hit", null, "inbox", AuditEvent.Outcome.SUCCESS, hits.size() + " hits"));
        return hits;
    }

    @Transactional
    public List<HitView> caused(Caller caller, int limit, int offset) {
        requireAny(caller, READERS, "hits.role.follow");
        Instant now = clock.instant();
        return store.caused(caller.agencyCode(), page(limit), Math.max(0, offset)).stream()
                .map(h -> view(h, caller, now, false)).toList();
    }

    @Transactional
    public HitView read(Caller caller, UUID id) {
        requireAny(caller, READERS, "hits.role.read");
        StoredHit hit = store.findVisible(id, caller.agencyCode())
                // the coordination centre's duty officers open any hit from the board
                .or(() -> centre.isCentreDutyOfficer(caller)
                        ? store.find(id).map(h -> centre.asCentreSees(h, caller.agencyCode())) : Optional.empty())
                .orElseThrow(() -> ProblemException.notFound("Hit " + id));
        audit.record(new AuditEvent("hit.read", "hit", id.toString(), null, AuditEvent.Outcome.SUCCESS, null));
        return view(hit, caller, clock.instant(), true);
    }

    @Transactional
    public HitView move(Caller caller, UUID id, HitStatus to, String note) {
        requireAny(caller, READERS, "hits.role.work");
        StoredHit hit = visible(caller, id);
        if (to == HitStatus.ACTION_TAKEN && HitActions.reportsEarly(caller, hit)) {
            return reportAction(caller, hit, note);
        }
        if (!HitActions.mayMove(caller, hit, to)) {
            throw ProblemException.of(403, "hit.move-not-yours", ProblemException.term("hit.status." + to.id()));
        }
        if (!hit.status().mayBecome(to)) {
            throw ProblemException.of(409, "hit.move-out-of-order", ProblemException.term("hit.status." + hit.status().id()),
                    ProblemException.term("hit.status." + to.id()));
        }
        if ((to == HitStatus.FALSE_POSITIVE || to == HitStatus.ACTION_TAKEN) && (note == null || note.isBlank())) {
            throw ProblemException.invalid("note", "hit.note-why");
        }
        Instant now = clock.instant();
        if (!store.transition(id, hit.version(), to, caller.name(), now)) {
            throw ProblemException.of(409, "hit.changed-meanwhile");
        }
        store.addNote(id, now, caller.name(), caller.agencyCode(), hit.status(), to, blankToNull(note));
        audit.record(new AuditEvent("hit." + to.id(), "hit", id.toString(), null, AuditEvent.Outcome.SUCCESS,
                hit.status().id() + " -> " + to.id()));
        return view(store.find(id).orElseThrow(), caller, now, true);
    }

    /**
     * The checking agency acted on the owner's instruction (arrest, locate, report discreetly) before the owner
     * confirmed the hit: the action and its time are recorded, the status stays where it is so that the owner still
     * acknowledges and decides, and the acknowledgement deadline keeps running.
     */
    private HitView reportAction(Caller caller, StoredHit hit, String note) {
        if (note == null || note.isBlank()) {
            throw ProblemException.invalid("note", "hit.action-note-empty");
        }
        Instant now = clock.instant();
        if (!store.reportAction(hit.id(), hit.version(), now)) {
            throw ProblemException.of(409, "hit.changed-meanwhile");
        }
        store.addNote(hit.id(), now, caller.name(), caller.agencyCode(), hit.status(), null,
                "[action taken] " + note.strip());
        audit.record(new AuditEvent("hit.action-reported", "hit", hit.id().toString(), null,
                AuditEvent.Outcome.SUCCESS, "by the checking agency while " + hit.status().id()));
        return view(store.find(hit.id()).orElseThrow(), caller, now, true);
    }

    @Transactional
    public HitView addNote(Caller caller, UUID id, String note) {
        requireAny(caller, READERS, "hits.role.work");
        if (note == null || note.isBlank()) {
            throw ProblemException.invalid("note", "hit.note-empty");
        }
        StoredHit hit = visible(caller, id);
        Instant now = clock.instant();
        store.addNote(id, now, caller.name(), caller.agencyCode(), null, null, note.strip());
        audit.record(new AuditEvent("hit.note", "hit", id.toString(), null, AuditEvent.Outcome.SUCCESS, null));
        return view(store.find(id).orElseThrow(), caller, now, true);
    }

    @Override
    @Transactional
    public void note(Caller author, UUID hitId, String note) {
        visible(author, hitId);
        store.addNote(hitId, clock.instant(), author.name(), author.agencyCode(), null, null, note);
    }

    @Override
    @Transactional
    public void logCoordinationAction(Caller dutyOfficer, UUID hitId, String action) {
        if (!dutyOfficer.has(org.tangier.platform.Role.DUTY_OFFICER)) {
            throw ProblemException.of(403, "hit.coordination-needs-duty-officer");
        }
        if (action == null || action.isBlank()) {
            throw ProblemException.invalid("action", "hit.coordination-action-empty");
        }
        store.find(hitId).orElseThrow(() -> ProblemException.notFound("Hit " + hitId));
        String text = "[coordination centre " + dutyOfficer.agencyCode() + "] " + action.strip();
        store.addNote(hitId, clock.instant(), dutyOfficer.name(), dutyOfficer.agencyCode(), null, null,
                text.length() > 2000 ? text.substring(0, 2000) : text);
        audit.record(new AuditEvent("hit.coordination", "hit", hitId.toString(), null, AuditEvent.Outcome.SUCCESS,
                action.strip().length() > 200 ? action.strip().substring(0, 200) : action.strip()));
    }

    /** Delivers a raised hit to the owner's inbox; called by the listener, possibly again after a restart. */
    @Transactional
    public boolean deliver(HitRaised event) {
        boolean delivered = store.deliver(event.hitId(), event.ownerAgency(), clock.instant());
        if (delivered) {
            audit.record(new AuditEvent("hit.deliver", "hit", event.hitId().toString(), null,
                    AuditEvent.Outcome.SUCCESS, "to " + event.ownerAgency()));
        }
        return delivered;
    }

    public long openCount(Caller caller) {
        return store.countOpen(caller.agencyCode());
    }

    private HitView view(StoredHit hit, Caller caller, Instant now, boolean detail) {
        return HitView.of(hit, caller.agencyCode(), now, detail ? store.notes(hit.id()) : List.of(),
                detail ? store.sightings(hit.id()) : List.of(), HitActions.allowed(caller, hit));
    }

    private StoredHit visible(Caller caller, UUID id) {
        return store.findVisible(id, caller.agencyCode()).orElseThrow(() -> ProblemException.notFound("Hit " + id));
    }

    private static void requireAny(Caller caller, Set<Role> roles, String message) {
        caller.requireAny(roles, message);
    }

    private static int page(int limit) {
        return Math.max(1, Math.min(limit, 200));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
