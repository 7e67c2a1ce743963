package org.tangier.records;

import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * A record was created, changed, cancelled or purged. Published through the event publication registry, so that
 * the screening indexes of every node catch up even after a crash.
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.ownerAgency()}")
public record RecordChanged(UUID id, RecordType type, String ownerAgency, int version, RecordStatus status,
        boolean purged) {
}
