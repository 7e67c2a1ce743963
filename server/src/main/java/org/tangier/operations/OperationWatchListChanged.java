package org.tangier.operations;

import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * An operation's watch list, its accepted members or its status changed. A part that keeps its own copy of the
 * watch lists (the link graph) reads that one again with {@link Operations#watchList(UUID)}; the event carries only
 * the id so that it never says more than the reader may see. Cluster-wide, so that every node's graph learns it.
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.operationId()}")
public record OperationWatchListChanged(UUID operationId) {
}
