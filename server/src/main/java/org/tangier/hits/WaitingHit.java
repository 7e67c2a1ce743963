package org.tangier.hits;

import java.time.Instant;
import java.util.UUID;

/**
 * A hit the owner has not acknowledged yet, as the coordination-centre board shows it: who owns the record, who
 * checked, under which notice type, and the deadline. No personal data.
 */
public record WaitingHit(UUID id, String ownerAgency, String checkingAgency, String noticeType, HitPriority priority,
        String locationCountry, Instant raisedAt, Instant acknowledgeBy) {

    public boolean overdue(Instant now) {
        return now.isAfter(acknowledgeBy);
    }
}
