package org.tangier.analysis.internal;

import java.time.Instant;
import java.util.Objects;

/**
 * A node of the link graph with everything needed to decide who sees it.
 *
 * @param id the record, notice, hit or operation id
 * @param caption what a viewer that may see the node reads (a name, a number, a notice reference); never shown otherwise
 * @param at when it happened, for the time-window filter and the chart's timeline; null for nodes without a time
 *     (records, notices, operations)
 * @param country where it happened (ISO 3166 alpha-2), for the chart's map; null for nodes without a place
 * @param checkpoint the checkpoint's code where it happened, or null
 */
record GraphNode(String id, NodeKind kind, String caption, String owner, Audience audience, Instant at, String country,
        String checkpoint) {

    /** A node without a place. */
    GraphNode(String id, NodeKind kind, String caption, String owner, Audience audience, Instant at) {
        this(id, kind, caption, owner, audience, at, null, null);
    }

    GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(audience, "audience");
        caption = caption == null ? "" : caption;
    }

    boolean visibleTo(String agency) {
        return audience.admits(agency);
    }
}
