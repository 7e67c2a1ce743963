package org.tangier.assessments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.access.Restriction;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.HandlingCode;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.TimeOrderedIds;

/**
 * Writing, review and publication. A draft is edited by the analysts of its agency (each save is a new version; a
 * save based on an older version is refused, not merged); it is submitted for review; a second analyst or a reviewer
 * of the agency, never its author, returns it with a note or publishes it. Publishing computes every figure once
 * and stores it with the version, so the published document never changes. Every step is audited.
 */
@Service
class AssessmentWorkflow {

    static final int MAX_NOTE = 2_000;

    private final AssessmentStore store;
    private final Figures figures;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentWorkflow(AssessmentStore store, Figures figures, AgencyDirectory agencies, AuditLog audit, Clock clock) {
        this.store = store;
        this.figures = figures;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a writer sends: the document and its dissemination, as text to be checked. */
    record Draft(AssessmentDocument document, String restriction, String handlingCode) {
    }

    @Transactional
    Assessment create(Caller caller, Draft draft) {
        requireWriter(caller);
        Instant now = clock.instant();
        Assessment a = new Assessment(TimeOrderedIds.next(), caller.agencyCode(),
                new Assessment.Person(caller.id(), caller.name()), AssessmentStatus.DRAFT, 1, draft.document(),
                dissemination(draft), new Assessment.Times(now, now, null, null), null, null, null);
        store.insert(a);
        audit.record(AuditEvent.success("assessment.create", "assessment", a.id().toString()).withDetail("version 1"));
        return a;
    }

    /** Saves a new version of a draft (or of one returned or in review, which goes back to draft). */
    @Transactional
    Assessment update(Caller caller, UUID id, int basedOn, Draft draft) {
        requireWriter(caller);
        Assessment a = own(caller, id, "assessment.update");
        if (a.published()) {
            refuse("assessment.update", id, 409, "assessment.published-final");
        }
        if (a.version() != basedOn) {
            refuse("assessment.update", id, 409, "assessment.stale", basedOn, a.version());
        }
        Assessment next = new Assessment(a.id(), a.owner(), a.author(), AssessmentStatus.DRAFT, a.version() + 1,
                draft.document(), dissemination(draft), new Assessment.Times(a.times().created(), clock.instant(), null, null),
                a.review(), null, null);
        save(next, a.version(), "assessment.update");
        return next;
    }

    @Transactional
    Assessment submit(Caller caller, UUID id) {
        requireWriter(caller);
        Assessment a = own(caller, id, "assessment.submit");
        if (a.status() != AssessmentStatus.DRAFT) {
            refuse("assessment.submit", id, 409, "assessment.not-draft");
        }
        Instant now = clock.instant();
        Assessment next = new Assessment(a.id(), a.owner(), a.author(), AssessmentStatus.IN_REVIEW, a.version(),
                a.document(), a.dissemination(), new Assessment.Times(a.times().created(), now, now, null), a.review(),
                null, null);
        save(next, a.version(), "assessment.submit");
        return next;
    }

    /** The reviewer sends the draft back to its writers with what to change. */
    @Transactional
    Assessment returnToAuthor(Caller caller, UUID id, String note) {
        Assessment a = inReview(caller, id, "assessment.return");
        if (note == null || note.isBlank()) {
            throw ProblemException.invalid("note", "assessment.note-required");
        }
        Assessment next = new Assessment(a.id(), a.owner(), a.author(), AssessmentStatus.DRAFT, a.version(),
                a.document(), a.dissemination(), new Assessment.Times(a.times().created(), clock.instant(), null, null),
                new Assessment.Review(new Assessment.Person(caller.id(), caller.name()), note(note)), null, null);
        save(next, a.version(), "assessment.return");
        return next;
    }

    /** Approves and publishes: the figures are computed now, with the reviewer's view, and frozen. */
    @Transactional
    Assessment publish(Caller caller, UUID id, String note) {
        Assessment a = inReview(caller, id, "assessment.publish");
        List<FigureData> frozen = figures.compute(caller, a.id(), a.document());
        for (int i = 0; i < frozen.size(); i++) {
            if (frozen.get(i) != null && !frozen.get(i).available()) {
                refuse("assessment.publish", id, 409, "assessment.figure-unavailable", i + 1);
            }
        }
        Instant now = clock.instant();
        Assessment next = new Assessment(a.id(), a.owner(), a.author(), AssessmentStatus.PUBLISHED, a.version(),
                a.document(), a.dissemination(), new Assessment.Times(a.times().created(), now, a.times().submitted(), now),
                new Assessment.Review(new Assessment.Person(caller.id(), caller.name()), note == null || note.isBlank() ? null : note(note)),
                frozen, a.version());
        save(next, a.version(), "assessment.publish");
        return next;
    }

    private Assessment inReview(Caller caller, UUID id, String action) {
        caller.requireAny(AssessmentRoles.REVIEWERS, "assessment.role-reviewer");
        Assessment a = own(caller, id, action);
        if (a.status() != AssessmentStatus.IN_REVIEW) {
            refuse(action, id, 409, "assessment.not-in-review");
        }
        if (a.author().id().equals(caller.id())) {
            // the second pair of eyes is the point of the review: the author cannot be it
            refuse(action, id, 403, "assessment.own-review");
        }
        return a;
    }

    /** An assessment of the caller's own agency; anything else is "not found", as a missing one. */
    private Assessment own(Caller caller, UUID id, String action) {
        return store.find(id).filter(a -> a.owner().equals(caller.agencyCode())).orElseThrow(() -> {
            audit.record(new AuditEvent(action, "assessment", id.toString(), null, AuditEvent.Outcome.FAILURE,
                    "not found or not visible"));
            return ProblemException.of(404, "assessment.not-found", id);
        });
    }

    private void save(Assessment next, int expectedVersion, String action) {
        if (!store.update(next, expectedVersion)) {
            refuse(action, next.id(), 409, "assessment.stale", expectedVersion, "?");
        }
        audit.record(AuditEvent.success(action, "assessment", next.id().toString())
                .withDetail("version " + next.version() + ", " + next.status().name().toLowerCase()));
    }

    private void refuse(String action, UUID id, int status, String code, Object... arguments) {
        audit.record(new AuditEvent(action, "assessment", id.toString(), null,
                status == 403 ? AuditEvent.Outcome.DENIED : AuditEvent.Outcome.FAILURE, code));
        throw ProblemException.of(status, code, arguments);
    }

    private static void requireWriter(Caller caller) {
        caller.requireAny(AssessmentRoles.WRITERS, "assessment.role-writer");
    }

    private static String note(String note) {
        String n = note.strip();
        if (n.length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "assessment.note-long", MAX_NOTE);
        }
        return n;
    }

    /**
     * The restriction says which agencies read the published assessment; "owner" is refused because an assessment
     * kept to its own agency needs no publication. The handling code says what the readers may do with it.
     */
    private Assessment.Dissemination dissemination(Draft draft) {
        Restriction restriction;
        try {
            restriction = Restriction.parse(draft.restriction()).requireKnownAgencies(agencies::isActive);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("restriction", e);
        }
        if (restriction.kind() == Restriction.Kind.OWNER) {
            throw ProblemException.invalid("restriction", "assessment.restriction-owner");
        }
        HandlingCode code = HandlingCode.fromId(draft.handlingCode())
                .orElseThrow(() -> ProblemException.invalid("handlingCode", "assessment.handling-code"));
        return new Assessment.Dissemination(restriction, code);
    }
}
