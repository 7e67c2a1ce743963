package org.tangier.analysis.internal;

import java.time.Instant;
import java.util.Set;

/**
 * What a neighbourhood may include besides the start: only these node kinds (empty: all), only nodes of these owners
 * (empty: all), and only timed nodes (hits) inside [since, until]; nodes without a time pass the window. A node that
 * fails the filter is neither shown nor walked through.
 */
record GraphFilter(Set<NodeKind> kinds, Set<String> owners, Instant since, Instant until) {

    static final GraphFilter NONE = new GraphFilter(Set.of(), Set.of(), null, null);

    GraphFilter {
        kinds = Set.copyOf(kinds);
        owners = Set.copyOf(owners);
    }

    boolean passes(GraphNode node) {
        if (!kinds.isEmpty() && !kinds.contains(node.kind())) {
            return false;
        }
        if (!owners.isEmpty() && !owners.contains(node.owner())) {
            return false;
        }
        if (node.at() != null && ((since != null && node.at().isBefore(since)) || (until != null && node.at().isAfter(until)))) {
            return false;
        }
        return true;
    }
}
