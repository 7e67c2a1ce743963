package org.tangier.records;

import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * The owner linked one of its records to another record, so that readers keeping their own picture of the links (the
 * analysis part's link graph) add it without reading every link again. Cluster-wide, so that every node's graph
 * learns it.
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.from()}")
public record RecordLinked(UUID from, UUID to, String relation) {
}
