package org.tangier.analysis.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The pinned answer of the analysis API: nodes and edges, only those the caller's agency may see. {@code paths}
 * (node ids, for path queries) and {@code truncated} (the node cap was reached) are additions to the pinned shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GraphAnswer(List<Node> nodes, List<Edge> edges, List<List<String>> paths, Boolean truncated) {

    record Node(String id, String type, String caption, String owner) {
        static Node of(GraphNode n) {
            return new Node(n.id(), n.kind().id(), n.caption(), n.owner());
        }
    }

    record Edge(String source, String target, String kind, String explanation) {
        static Edge of(GraphEdge e) {
            return new Edge(e.source(), e.target(), e.kind(), e.explanation());
        }
    }
}
