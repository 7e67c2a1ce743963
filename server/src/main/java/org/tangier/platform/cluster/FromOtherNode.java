package org.tangier.platform.cluster;

/**
 * An event another node published and externalised, as this node received it from Kafka. Published locally as a
 * plain application event (not through the publication registry, and not externalised again): a part that keeps
 * per-node state (the screening index, the open boards) listens for it with {@code @EventListener} and applies the
 * {@link #event()} as if it had happened here.
 *
 * @param event the event, of its own type (e.g. {@code RecordChanged})
 * @param node  the node that published it
 */
public record FromOtherNode(Object event, String node) {

    public <T> T as(Class<T> type) {
        return type.isInstance(event) ? type.cast(event) : null;
    }
}
