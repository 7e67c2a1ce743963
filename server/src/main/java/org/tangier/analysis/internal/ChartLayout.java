package org.tangier.analysis.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a saved chart keeps: its nodes by id with where they were drawn and whether the analyst pinned them there, and
 * the chart's filter as the page had it. Never a caption, an owner or an edge: those come again from the link graph,
 * through the reader's view, when the chart is reopened.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChartLayout(List<Placed> nodes, Filter filter) {

    ChartLayout {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    /** A node at (x, y) on the chart; {@code pinned} nodes stay where the analyst put them when the chart is laid out. */
    record Placed(String id, Double x, Double y, boolean pinned) {
    }

    /** The chart page's filter: node types shown, owners shown, time window (ISO dates); empty or null: no filter. */
    record Filter(List<String> types, List<String> owners, String since, String until) {
    }
}
