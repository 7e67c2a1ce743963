package org.tangier.analysis.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The pinned answer of the analysis API: nodes and edges, only those the caller's agency may see. {@code paths}
 * (node ids, for path queries) and {@code truncated} (the node cap was reached) are additions to the pinned shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GraphAnswer(List<Node> nodes, List<Edge> edges, List<List<String>> paths, Boolean truncated) {

    /** {@code at}, {@code country} and {@code checkpoint} (additions) say when and where a hit happened. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Node(String id, String type, String caption, String owner, String at, String country, String checkpoint) {

        Node(String id, String type, String caption, String owner) {
            this(id, type, caption, owner, null, null, null);
        }

        static Node of(GraphNode n) {
            return new Node(n.id(), n.kind().id(), n.caption(), n.owner(), n.at() == null ? null : n.at().toString(),
                    n.country(), n.checkpoint());
        }
    }

    record Edge(String source, String target, String kind, String explanation) {
        static Edge of(GraphEdge e) {
            return new Edge(e.source(), e.target(), e.kind(), e.explanation());
        }
    }
}
