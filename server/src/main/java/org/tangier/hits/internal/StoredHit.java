package org.tangier.hits.internal;

import java.time.Instant;
import java.util.UUID;
import org.tangier.hits.HitPriority;
import org.tangier.hits.HitStatus;

/** A hit as stored: everything, for the owner. {@link HitView} decides what the checking agency sees of it. */
record StoredHit(UUID id, Instant raisedAt, UUID recordId, String recordType, String recordCaption,
        String checkerCaption, String ownerAgency, UUID noticeId, String noticeType, String instruction, double score,
        String matchedOn, String querySummary, String purpose, String locationCode, String locationCountry,
        String checkingAgency, String checkingUser, HitPriority priority, HitStatus status, Instant acknowledgeBy,
        Instant acknowledgedAt, String acknowledgedBy, Instant decidedAt, Instant actionTakenAt, Instant notifiedAt,
        int version) {

    boolean overdue(Instant now) {
        return status == HitStatus.NEW && now.isAfter(acknowledgeBy);
    }
}
