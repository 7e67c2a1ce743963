package org.tangier.analysis.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The whole link graph, as the system holds it: an undirected JGraphT multigraph over node ids, and the nodes'
 * details beside it. Built once, then only read; each query sees it through {@link #view}, which hides every node
 * the caller's agency may not see, so that no computation can walk through one.
 */
final class LinkGraph {

    private final Graph<String, GraphEdge> graph = GraphTypeBuilder.<String, GraphEdge>undirected()
            .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
    private final Map<String, GraphNode> nodes = new HashMap<>();
    private final Instant builtAt;
    /** The int-array form for path searches, made at the first one after a change. */
    private volatile AdjacencyIndex index;

    LinkGraph(Instant builtAt) {
        this.builtAt = builtAt;
    }

    void add(GraphNode node) {
        if (nodes.putIfAbsent(node.id(), node) == null) {
            graph.addVertex(node.id());
            index = null;
        }
    }

    /** Adds the edge when both ends are in the graph and differ; edges to records not loaded (cancelled) are dropped. */
    boolean connect(String source, String target, String kind, String explanation) {
        if (source.equals(target) || !nodes.containsKey(source) || !nodes.containsKey(target)) {
            return false;
        }
        index = null;
        return graph.addEdge(source, target, new GraphEdge(source, target, kind, explanation));
    }

    /** The graph as int arrays, for path searches; it decides nothing about access (the search asks each node). */
    AdjacencyIndex index() {
        AdjacencyIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = AdjacencyIndex.of(graph, nodes);
                    index = i;
                }
            }
        }
        return i;
    }

    GraphNode node(String id) {
        return nodes.get(id);
    }

    /** The graph with only the nodes that pass {@code shown}, and only the edges between two of them. */
    Graph<String, GraphEdge> view(Predicate<GraphNode> shown) {
        return new MaskSubgraph<>(graph, id -> !shown.test(nodes.get(id)), edge -> false);
    }

    /** The whole graph, unfiltered: for building and for the benchmark's baseline, never for an answer. */
    Graph<String, GraphEdge> system() {
        return graph;
    }

    int nodeCount() {
        return nodes.size();
    }

    int edgeCount() {
        return graph.edgeSet().size();
    }

    Instant builtAt() {
        return builtAt;
    }
}
