package org.tangier.hits.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hit as one agency sees it. The owner sees everything. The checking agency sees the status and what the owner's
 * restriction let it see at the time of the check: a refused agency gets no record id, caption, notice type, score or
 * query match details, only the owner and the instruction to contact it.
 */
record HitView(UUID id, Instant raisedAt, String status, String priority, Instant acknowledgeBy, boolean overdue,
        String ownerAgency, String checkingAgency, String checkingUser, String noticeType, String instruction,
        UUID recordId, String recordType, String caption, UUID noticeId, Double score, String matchedOn,
        String query, String purpose, String locationCode, String locationCountry, Instant notifiedAt,
        String acknowledgedBy, boolean owner, List<HitNote> notes) {

    static HitView of(StoredHit h, String viewer, Instant now, List<HitNote> notes) {
        boolean owner = h.ownerAgency().equals(viewer);
        boolean seesRecord = owner || h.checkerCaption() != null;
        return new HitView(h.id(), h.raisedAt(), h.status().id(), h.priority().name(), h.acknowledgeBy(),
                h.overdue(now), h.ownerAgency(), h.checkingAgency(), owner ? h.checkingUser() : null,
                seesRecord ? h.noticeType() : null,
                h.instruction(), seesRecord ? h.recordId() : null, seesRecord ? h.recordType() : null,
                owner ? h.recordCaption() : h.checkerCaption(), seesRecord ? h.noticeId() : null,
                seesRecord ? h.score() : null, seesRecord ? h.matchedOn() : null,
                owner || h.checkingAgency().equals(viewer) ? h.querySummary() : null,
                owner || h.checkingAgency().equals(viewer) ? h.purpose() : null, h.locationCode(), h.locationCountry(),
                owner ? h.notifiedAt() : null, owner ? h.acknowledgedBy() : null, owner, notes);
    }
}
