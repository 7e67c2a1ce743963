package org.tangier.analysis.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * The link-analysis use cases. Every computation runs on the caller's view of the graph, in which a node its agency
 * may not see does not exist: it is never shown, never walked through, and no edge to it is drawn. A start or end the
 * caller may not see is "not found", exactly like a record that does not exist. Every query is audited with its
 * purpose, whether it succeeded or not.
 */
@Service
class LinkAnalysis {

    /** A neighbourhood larger than this is cut (breadth first, nearest kept) and marked truncated. */
    static final int MAX_NODES = 2_000;
    /** How many short paths a path query returns at most. */
    static final int MAX_PATHS = 5;

    private final LinkGraphCache graphs;
    private final AuditLog audit;

    LinkAnalysis(LinkGraphCache graphs, AuditLog audit) {
        this.graphs = graphs;
        this.audit = audit;
    }

    GraphAnswer neighbourhood(Caller caller, UUID entity, int hops, GraphFilter filter, String purpose) {
        AuditEvent event = new AuditEvent("analysis.neighbourhood", "record", entity.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, null);
        LinkGraph graph = graphs.current();
        Graph<String, GraphEdge> view = view(graph, caller, filter, entity.toString());
        String start = entity.toString();
        if (!view.containsVertex(start)) {
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("not found or not visible"));
            throw ProblemException.notFound("Entity " + entity);
        }
        Ball ball = ball(view, start, hops, MAX_NODES);
        GraphAnswer answer = answer(graph, view, ball.nodes().keySet(), null, ball.truncated() ? Boolean.TRUE : null);
        audit.record(event.withDetail("hops " + hops + ", " + answer.nodes().size() + " nodes, "
                + answer.edges().size() + " edges"));
        return answer;
    }

    GraphAnswer paths(Caller caller, UUID from, UUID to, int maxHops, String purpose) {
        AuditEvent event = new AuditEvent("analysis.paths", "record", from.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, "to " + to);
        LinkGraph graph = graphs.current();
        Graph<String, GraphEdge> view = view(graph, caller, GraphFilter.NONE, null);
        String source = from.toString();
        String sink = to.toString();
        if (!view.containsVertex(source) || !view.containsVertex(sink)) {
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("to " + to + ": not found or not visible"));
            throw ProblemException.notFound(!view.containsVertex(source) ? "Entity " + from : "Entity " + to);
        }
        List<List<String>> paths = shortPaths(view, source, sink, maxHops);
        Set<String> nodes = new LinkedHashSet<>();
        paths.forEach(nodes::addAll);
        if (nodes.isEmpty()) {
            nodes.add(source);
            nodes.add(sink);
        }
        GraphAnswer answer = answer(graph, view, nodes, paths, null);
        audit.record(event.withDetail("to " + to + ", max hops " + maxHops + ", " + paths.size() + " paths"));
        return answer;
    }

    /**
     * Components, communities and betweenness centrality of a neighbourhood, for the chart's "who bridges two
     * groups". Computed on the neighbourhood (at most {@link #MAX_NODES} nodes), so its cost is bounded.
     */
    Structure structure(Caller caller, UUID entity, int hops, String purpose) {
        AuditEvent event = new AuditEvent("analysis.structure", "record", entity.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, null);
        LinkGraph graph = graphs.current();
        Graph<String, GraphEdge> view = view(graph, caller, GraphFilter.NONE, null);
        String start = entity.toString();
        if (!view.containsVertex(start)) {
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("not found or not visible"));
            throw ProblemException.notFound("Entity " + entity);
        }
        Ball ball = ball(view, start, hops, MAX_NODES);
        Graph<String, GraphEdge> sub = new AsSubgraph<>(view, ball.nodes().keySet());
        int components = new ConnectivityInspector<>(sub).connectedSets().size();
        ClusteringAlgorithm.Clustering<String> clustering = new LabelPropagationClustering<>(sub, new Random(0)).getClustering();
        Map<String, Double> betweenness = new BetweennessCentrality<>(sub, true).getScores();
        Map<String, Integer> community = new HashMap<>();
        List<Set<String>> clusters = clustering.getClusters();
        for (int i = 0; i < clusters.size(); i++) {
            for (String v : clusters.get(i)) {
                community.put(v, i);
            }
        }
        List<Structure.Member> members = new ArrayList<>();
        for (String id : ball.nodes().keySet()) {
            members.add(new Structure.Member(id, community.get(id), betweenness.getOrDefault(id, 0.0)));
        }
        members.sort((a, b) -> Double.compare(b.betweenness(), a.betweenness()));
        audit.record(event.withDetail("hops " + hops + ", " + members.size() + " nodes"));
        return new Structure(components, clusters.size(), members);
    }

    /** Components and communities of a neighbourhood; members by betweenness, highest (the best bridge) first. */
    record Structure(int components, int communities, List<Member> members) {
        record Member(String id, int community, double betweenness) {
        }
    }

    // ---- the computations, on a view ----------------------------------------------------------------------------

    /** The caller's view: visible nodes that pass the filter; {@code exempt} (the start) needs only to be visible. */
    static Graph<String, GraphEdge> view(LinkGraph graph, Caller caller, GraphFilter filter, String exempt) {
        String agency = caller.agencyCode();
        Predicate<GraphNode> shown = n -> n.visibleTo(agency) && (n.id().equals(exempt) || filter.passes(n));
        return graph.view(shown);
    }

    /** Nodes within {@code hops} of the start, breadth first, each with its distance; at most {@code cap}. */
    static Ball ball(Graph<String, GraphEdge> view, String start, int hops, int cap) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        depth.put(start, 0);
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(start);
        boolean truncated = false;
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = depth.get(v);
            if (d == hops) {
                continue;
            }
            for (GraphEdge e : view.edgesOf(v)) {
                String w = e.other(v);
                if (!depth.containsKey(w)) {
                    if (depth.size() >= cap) {
                        truncated = true;
                        break;
                    }
                    depth.put(w, d + 1);
                    queue.add(w);
                }
            }
        }
        return new Ball(depth, truncated);
    }

    record Ball(Map<String, Integer> nodes, boolean truncated) {
    }

    /**
     * Up to {@link #MAX_PATHS} shortest simple paths of at most {@code maxHops} edges. The shortest comes from JGraphT's
     * bidirectional Dijkstra bounded by {@code maxHops}; the others from Yen's k-shortest paths, run only on the nodes
     * within half the hop budget of either end (every node of a path of length L lies within L/2 of one end), so
     * that a path query never walks the whole graph; when either half-ball passes {@link #MAX_NODES}, the shortest alone.
     */
    static List<List<String>> shortPaths(Graph<String, GraphEdge> view, String source, String sink, int maxHops) {
        GraphPath<String, GraphEdge> shortest = new BidirectionalDijkstraShortestPath<>(view, maxHops)
                .getPath(source, sink);
        if (shortest == null || shortest.getLength() > maxHops) {
            return List.of();
        }
        int budget = Math.min(maxHops, shortest.getLength() + 1);
        int radius = (budget + 1) / 2;
        Ball fromSource = ball(view, source, radius, MAX_NODES);
        Ball fromSink = ball(view, sink, radius, MAX_NODES);
        if (fromSource.truncated() || fromSink.truncated()) {
            // Yen's algorithm runs a Dijkstra per node of each path found: on thousands of nodes that costs seconds,
            // so a dense neighbourhood gets the shortest path alone
            return List.of(shortest.getVertexList());
        }
        Set<String> near = new HashSet<>(fromSource.nodes().keySet());
        near.addAll(fromSink.nodes().keySet());
        near.addAll(shortest.getVertexList());
        Graph<String, GraphEdge> sub = new AsSubgraph<>(view, near);
        List<List<String>> paths = new ArrayList<>();
        for (GraphPath<String, GraphEdge> p : new YenKShortestPath<String, GraphEdge>(sub).getPaths(source, sink, MAX_PATHS)) {
            if (p.getLength() <= budget) {
                paths.add(p.getVertexList());
            }
        }
        if (paths.isEmpty()) {
            paths.add(shortest.getVertexList());
        }
        return paths;
    }

    /** The nodes and every edge of the view between two of them (each once). */
    static GraphAnswer answer(LinkGraph graph, Graph<String, GraphEdge> view, Iterable<String> ids,
            List<List<String>> paths, Boolean truncated) {
        Set<String> in = new LinkedHashSet<>();
        ids.forEach(in::add);
        List<GraphAnswer.Node> nodes = new ArrayList<>(in.size());
        Set<GraphEdge> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<GraphAnswer.Edge> edges = new ArrayList<>();
        for (String id : in) {
            nodes.add(GraphAnswer.Node.of(graph.node(id)));
            for (GraphEdge e : view.edgesOf(id)) {
                if (in.contains(e.other(id)) && seen.add(e)) {
                    edges.add(GraphAnswer.Edge.of(e));
                }
            }
        }
        return new GraphAnswer(nodes, edges, paths, truncated);
    }
}
