package org.tangier.hits.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tangier.hits.CheckContext;

/**
 * A hit as one agency sees it. The owner sees everything. The checking agency sees the status and what the owner's
 * restriction let it see at the time of the check: a refused agency gets no record id, caption, notice type, score or
 * query match details, only the owner and the instruction to contact it. Both see the sightings (when and where the
 * traveller was checked again within the repeat window); only the owner sees who checked. {@code actions} are the
 * status changes the viewer may make now.
 */
record HitView(UUID id, Instant raisedAt, String status, String priority, Instant acknowledgeBy, boolean overdue,
        String ownerAgency, String checkingAgency, String checkingUser, String noticeType, String instruction,
        UUID recordId, String recordType, String caption, UUID noticeId, Double score, String matchedOn,
        String query, String purpose, String locationCode, String locationCountry, Instant notifiedAt,
        String acknowledgedBy, boolean owner, List<HitNote> notes, Instant actionTakenAt, List<Sighting> sightings,
        List<String> actions) {

    /** One check of the traveller: when, where, and (for the owner and the checking agency) by whom. */
    record Sighting(Instant seenAt, String locationCode, String locationCountry, String checkingUser) {
    }

    static HitView of(StoredHit h, String viewer, Instant now, List<HitNote> notes, List<HitSighting> sightings,
            List<String> actions) {
        boolean owner = h.ownerAgency().equals(viewer);
        boolean checking = h.checkingAgency().equals(viewer);
        boolean seesRecord = owner || h.subject().checkerCaption() != null;
        CheckContext check = h.checker().check();
        StoredHit.Workflow workflow = h.workflow();
        return new HitView(h.id(), h.raisedAt(), workflow.status().id(), workflow.priority().name(),
                workflow.acknowledgeBy(), h.overdue(now), h.ownerAgency(), h.checkingAgency(),
                owner ? h.checker().user() : null, seesRecord ? h.noticeType() : null, h.finding().instruction(),
                seesRecord ? h.subject().recordId() : null, seesRecord ? h.subject().recordType() : null,
                owner ? h.subject().caption() : h.subject().checkerCaption(), seesRecord ? h.noticeId() : null,
                seesRecord ? h.finding().score() : null, seesRecord ? h.finding().matchedOn() : null,
                owner || checking ? check.querySummary() : null, owner || checking ? check.purpose() : null,
                check.checkpoint(), check.country(), owner ? workflow.milestones().notifiedAt() : null,
                owner ? workflow.milestones().acknowledgedBy() : null, owner, notes,
                workflow.milestones().actionTakenAt(),
                sightings.stream().map(s -> new Sighting(s.seenAt(), s.locationCode(), s.locationCountry(),
                        owner || checking ? s.checkingUser() : null)).toList(),
                actions);
    }
}
