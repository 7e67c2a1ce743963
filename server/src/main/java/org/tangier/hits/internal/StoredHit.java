package org.tangier.hits.internal;

import java.time.Instant;
import java.util.UUID;
import org.tangier.hits.CheckContext;
import org.tangier.hits.HitPriority;
import org.tangier.hits.HitStatus;
import org.tangier.hits.NewHit;

/**
 * A hit as stored: everything, for the owner. {@link HitView} decides what the checking agency sees of it.
 *
 * @param subject the record hit, with the caption the owner sees and the one the checker may see
 * @param notice  the notice in force on the record, or null for an object screened by itself
 * @param finding what the checker was told and how the match came about
 * @param checker who checked, why and where (the first sighting)
 * @param workflow where the hit stands and its deadline
 */
record StoredHit(UUID id, Instant raisedAt, NewHit.Subject subject, NewHit.Notice notice, Finding finding,
        Checker checker, Workflow workflow) {

    /** What the checker was told (the instruction) and how the match came about. */
    record Finding(String instruction, double score, String matchedOn) {
    }

    /** The checking agency and user, and the check's purpose, query and place. */
    record Checker(String agency, String user, CheckContext check) {
    }

    /** Status, priority and deadline, the milestones reached, and the version for optimistic locking. */
    record Workflow(HitPriority priority, HitStatus status, Instant acknowledgeBy, Milestones milestones, int version) {
    }

    /** When the hit reached the owner's inbox and each later step, and who acknowledged it. */
    record Milestones(Instant notifiedAt, Instant acknowledgedAt, String acknowledgedBy, Instant decidedAt,
            Instant actionTakenAt) {

        static final Milestones NONE = new Milestones(null, null, null, null, null);
    }

    String ownerAgency() {
        return subject.ownerAgency();
    }

    String checkingAgency() {
        return checker.agency();
    }

    HitStatus status() {
        return workflow.status();
    }

    int version() {
        return workflow.version();
    }

    UUID noticeId() {
        return notice == null ? null : notice.id();
    }

    String noticeType() {
        return notice == null ? null : notice.type();
    }

    boolean overdue(Instant now) {
        return workflow.status() == HitStatus.NEW && now.isAfter(workflow.acknowledgeBy());
    }
}
