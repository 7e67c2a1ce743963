package org.tangier.analysis.internal;

import java.time.Instant;
import java.util.Objects;

/**
 * A node of the link graph with everything needed to decide who sees it.
 *
 * @param id the record, notice, hit or operation id
 * @param caption what a viewer that may see the node reads (a name, a number, a notice reference); never shown otherwise
 * @param at when it happened, for the time-window filter; null for nodes without a time (records, notices, operations)
 */
record GraphNode(String id, NodeKind kind, String caption, String owner, Audience audience, Instant at) {

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
