package org.tangier.hits;

import java.time.Instant;
import java.util.UUID;

/**
 * A hit the owner has not acknowledged yet, as the coordination-centre board shows it: who owns the record, who
 * checked, where (checkpoint and country of the check), under which notice type, and the deadline. {@code subject} is
 * the record's caption as the viewer may see it, null when it may not (and in the system-level list).
 */
public record WaitingHit(UUID id, String ownerAgency, String checkingAgency, String noticeType, HitPriority priority,
        String locationCountry, Instant raisedAt, Instant acknowledgeBy, String checkpoint, String subject) {

    /** A waiting hit without checkpoint or subject. */
    public WaitingHit(UUID id, String ownerAgency, String checkingAgency, String noticeType, HitPriority priority,
            String locationCountry, Instant raisedAt, Instant acknowledgeBy) {
        this(id, ownerAgency, checkingAgency, noticeType, priority, locationCountry, raisedAt, acknowledgeBy, null, null);
    }

    public boolean overdue(Instant now) {
        return now.isAfter(acknowledgeBy);
    }
}
