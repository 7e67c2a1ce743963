package org.tangier.analysis.internal;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * The link graph as int arrays (compressed sparse rows): node {@code i} has the neighbours
 * {@code targets[offsets[i] .. offsets[i + 1])}, one entry per edge end, so a node linked twice to another lists it
 * twice. Paths are searched on it because walking millions of String ids and edge objects through a masked JGraphT
 * view allocates on every step; here a step reads two ints. It holds no access decision: the search asks the caller's
 * rule about each node before walking it, so a hidden node is still never walked.
 */
final class AdjacencyIndex {

    private final String[] ids;
    private final GraphNode[] nodes;
    private final Map<String, Integer> index;
    private final int[] offsets;
    private final int[] targets;

    private AdjacencyIndex(String[] ids, GraphNode[] nodes, Map<String, Integer> index, int[] offsets, int[] targets) {
        this.ids = ids;
        this.nodes = nodes;
        this.index = index;
        this.offsets = offsets;
        this.targets = targets;
    }

    static <E> AdjacencyIndex of(Graph<String, E> graph, Map<String, GraphNode> details) {
        int n = graph.vertexSet().size();
        String[] ids = new String[n];
        GraphNode[] nodes = new GraphNode[n];
        Map<String, Integer> index = new HashMap<>(n * 2);
        int i = 0;
        for (String id : graph.vertexSet()) {
            ids[i] = id;
            nodes[i] = details.get(id);
            index.put(id, i++);
        }
        int[] degree = new int[n + 1];
        for (E e : graph.edgeSet()) {
            degree[index.get(graph.getEdgeSource(e))]++;
            degree[index.get(graph.getEdgeTarget(e))]++;
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = new int[n];
        int[] targets = new int[offsets[n]];
        for (E e : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(e));
            int b = index.get(graph.getEdgeTarget(e));
            targets[offsets[a] + fill[a]++] = b;
            targets[offsets[b] + fill[b]++] = a;
        }
        return new AdjacencyIndex(ids, nodes, index, offsets, targets);
    }

    /** A node's new details (a caption or restriction changed); its edges are unchanged. Under the write lock. */
    void replace(GraphNode node) {
        int i = indexOf(node.id());
        if (i >= 0) {
            nodes[i] = node;
        }
    }

    /** The node's index, or -1 when the graph does not hold it. */
    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    String id(int node) {
        return ids[node];
    }

    GraphNode node(int node) {
        return nodes[node];
    }

    int firstEdge(int node) {
        return offsets[node];
    }

    int endEdge(int node) {
        return offsets[node + 1];
    }

    int target(int edge) {
        return targets[edge];
    }

    int size() {
        return ids.length;
    }
}
