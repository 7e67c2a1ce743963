package org.tangier.analysis.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The whole link graph, as the system holds it: an undirected JGraphT multigraph over node ids, and the nodes'
 * details beside it. Built whole, then changed in place by record changes ({@link LinkGraphCache}); each query sees it
 * through {@link #view}, which hides every node the caller's agency may not see, so that no computation can walk
 * through one.
 *
 * <p>Concurrency: queries hold {@link #lock}'s read lock for their whole computation, a change holds its write lock,
 * so a query never sees half a change (JGraphT's graph is not thread-safe). A graph that is being built is not shared
 * yet and takes no lock.
 */
final class LinkGraph {

    private final Graph<String, GraphEdge> graph = GraphTypeBuilder.<String, GraphEdge>undirected()
            .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
    private final Map<String, GraphNode> nodes = new HashMap<>();
    private final Instant builtAt;
    /** The int-array form for path searches, made at the first one after a removal; additions are added to it. */
    private volatile AdjacencyIndex index;
    /** The identifier keys the graph's same-identifier edges were drawn from, kept to redraw them on a change. */
    private SharedIdentifiers identifiers = new SharedIdentifiers();
    /** The recent hits per checkpoint the same-checkpoint edges were drawn from, kept to place a new hit. */
    private CheckpointNeighbours checkpoints = new CheckpointNeighbours();
    /** The name index and the searches the possibly-same-person edges came from, kept to place a person's change. */
    private SamePersons persons = new SamePersons();
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    LinkGraph(Instant builtAt) {
        this.builtAt = builtAt;
    }

    void add(GraphNode node) {
        if (nodes.putIfAbsent(node.id(), node) == null) {
            graph.addVertex(node.id());
            AdjacencyIndex i = index;
            if (i != null) {
                i.add(node);
            }
        }
    }

    /** Adds the edge when both ends are in the graph and differ; edges to records not loaded (cancelled) are dropped. */
    boolean connect(String source, String target, String kind, String explanation) {
        if (source.equals(target) || !nodes.containsKey(source) || !nodes.containsKey(target)) {
            return false;
        }
        boolean added = graph.addEdge(source, target, new GraphEdge(source, target, kind, explanation));
        AdjacencyIndex i = index;
        if (added && i != null) {
            i.connect(source, target);
        }
        return added;
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

    /** A changed node's new details (same id and kind); its edges stay. */
    void replace(GraphNode node) {
        if (nodes.replace(node.id(), node) != null) {
            AdjacencyIndex i = index;
            if (i != null) {
                i.replace(node);
            }
        }
    }

    /** Removes the node and every edge touching it. */
    void remove(String id) {
        if (nodes.remove(id) != null) {
            graph.removeVertex(id);
            index = null;
        }
    }

    /** Whether an edge of that kind and explanation already joins the two (to apply a change twice harmlessly). */
    boolean joined(String a, String b, String kind, String explanation) {
        if (!nodes.containsKey(a) || !nodes.containsKey(b)) {
            return false;
        }
        for (GraphEdge e : graph.getAllEdges(a, b)) {
            if (e.kind().equals(kind) && e.explanation().equals(explanation)) {
                return true;
            }
        }
        return false;
    }

    /** Removes the edges of that kind and explanation between the two. */
    void disconnect(String a, String b, String kind, String explanation) {
        if (!nodes.containsKey(a) || !nodes.containsKey(b)) {
            return;
        }
        for (GraphEdge e : java.util.List.copyOf(graph.getAllEdges(a, b))) {
            if (e.kind().equals(kind) && e.explanation().equals(explanation)) {
                graph.removeEdge(e);
                index = null;
            }
        }
    }

    /**
     * Makes the two joined by exactly one edge of that kind with that explanation, or by none when it is null; an edge
     * already right is left (so the path index is kept when nothing changes).
     */
    void setEdge(String a, String b, String kind, String explanation) {
        if (!nodes.containsKey(a) || !nodes.containsKey(b)) {
            return;
        }
        boolean kept = false;
        for (GraphEdge e : java.util.List.copyOf(graph.getAllEdges(a, b))) {
            if (e.kind().equals(kind)) {
                if (!kept && e.explanation().equals(explanation)) {
                    kept = true;
                } else {
                    graph.removeEdge(e);
                    index = null;
                }
            }
        }
        if (!kept && explanation != null) {
            connect(a, b, kind, explanation);
        }
    }

    SamePersons persons() {
        return persons;
    }

    void persons(SamePersons kept) {
        persons = kept;
    }

    SharedIdentifiers identifiers() {
        return identifiers;
    }

    void identifiers(SharedIdentifiers kept) {
        identifiers = kept;
    }

    CheckpointNeighbours checkpoints() {
        return checkpoints;
    }

    void checkpoints(CheckpointNeighbours kept) {
        checkpoints = kept;
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
