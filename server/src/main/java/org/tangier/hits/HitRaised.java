package org.tangier.hits;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * A check found a record in force: the owning agency must be told. Published in the transaction that stores the
 * hit and delivered through Spring Modulith's event publication registry, so a hit whose delivery did not complete
 * (the server died, the listener failed) is delivered again at the next start.
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.hitId()}")
public record HitRaised(UUID hitId, UUID recordId, String ownerAgency, String checkingAgency, String noticeType,
        HitPriority priority, Instant raisedAt, Instant acknowledgeBy, Where where) {

    /**
     * Where the check was and on which notice, for the trends (no personal data).
     *
     * @param route "origin-destination" country codes, see {@link CheckContext#route()}
     */
    public record Where(UUID noticeId, String checkpoint, String country, String route) {
    }

    public HitRaised(UUID hitId, UUID recordId, String ownerAgency, String checkingAgency, String noticeType,
            HitPriority priority, Instant raisedAt, Instant acknowledgeBy) {
        this(hitId, recordId, ownerAgency, checkingAgency, noticeType, priority, raisedAt, acknowledgeBy, null);
    }
}
