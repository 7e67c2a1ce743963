package org.tangier.analysis.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
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
        try (LinkGraphCache.Reading reading = graphs.reading()) {
            LinkGraph graph = reading.graph();
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
    }

    GraphAnswer paths(Caller caller, UUID from, UUID to, int maxHops, String purpose) {
        AuditEvent event = new AuditEvent("analysis.paths", "record", from.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, "to " + to);
        try (LinkGraphCache.Reading reading = graphs.reading()) {
            LinkGraph graph = reading.graph();
            Graph<String, GraphEdge> view = view(graph, caller, GraphFilter.NONE, null);
            String source = from.toString();
            String sink = to.toString();
            if (!view.containsVertex(source) || !view.containsVertex(sink)) {
                audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("to " + to + ": not found or not visible"));
                throw ProblemException.of(404, "entity.not-found", !view.containsVertex(source) ? from : to);
            }
            List<List<String>> paths = shortPaths(graph, shown(caller, GraphFilter.NONE, null), source, sink, maxHops);
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
    }

    /**
     * Components, communities and betweenness centrality of a neighbourhood, for the chart's "who bridges two
     * groups". Computed on the neighbourhood (at most {@link #MAX_NODES} nodes), so its cost is bounded.
     */
    Structure structure(Caller caller, UUID entity, int hops, String purpose) {
        AuditEvent event = new AuditEvent("analysis.structure", "record", entity.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, null);
        try (LinkGraphCache.Reading reading = graphs.reading()) {
            LinkGraph graph = reading.graph();
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
    }

    /** Components and communities of a neighbourhood; members by betweenness, highest (the best bridge) first. */
    record Structure(int components, int communities, List<Member> members) {
        record Member(String id, int community, double betweenness) {
        }
    }

    // ---- the computations, on a view ----------------------------------------------------------------------------

    /** The caller's view: visible nodes that pass the filter; {@code exempt} (the start) needs only to be visible. */
    static Graph<String, GraphEdge> view(LinkGraph graph, Caller caller, GraphFilter filter, String exempt) {
        return graph.view(shown(caller, filter, exempt));
    }

    /** What the caller's view holds: nodes its agency may see that pass the filter ({@code exempt} needs only be seen). */
    static Predicate<GraphNode> shown(Caller caller, GraphFilter filter, String exempt) {
        String agency = caller.agencyCode();
        return n -> n.visibleTo(agency) && (n.id().equals(exempt) || filter.passes(n));
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
     * Up to {@link #MAX_PATHS} shortest paths of at most {@code maxHops} edges, by a two-sided breadth-first search
     * ({@link ShortestPaths}) over the graph's int-array form that enters only the nodes {@code shown} admits.
     */
    static List<List<String>> shortPaths(LinkGraph graph, Predicate<GraphNode> shown, String source, String sink,
            int maxHops) {
        AdjacencyIndex index = graph.index();
        int from = index.indexOf(source);
        int to = index.indexOf(sink);
        if (from < 0 || to < 0 || !shown.test(index.node(from)) || !shown.test(index.node(to))) {
            return List.of();
        }
        return new ShortestPaths(index, i -> shown.test(index.node(i))).between(from, to, maxHops, MAX_PATHS);
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
