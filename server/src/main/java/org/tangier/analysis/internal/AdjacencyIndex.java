package org.tangier.analysis.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * The link graph as int arrays (compressed sparse rows): node {@code i} has the neighbours
 * {@code targets[offsets[i] .. offsets[i + 1])}, one entry per edge end, so a node linked twice to another lists it
 * twice. Paths are searched on it because walking millions of String ids and edge objects through a masked JGraphT
 * view allocates on every step; here a step reads two ints. It holds no access decision: the search asks the caller's
 * rule about each node before walking it, so a hidden node is still never walked.
 *
 * <p>Nodes and edges added to the graph after the index was made (a hit, a new notice, a new record and their edges)
 * are added to it too ({@link #add}, {@link #connect}, under the graph's write lock): a node added gets the next
 * index, and the edges added are kept per node beside the arrays ({@link #added}), which the search reads after the
 * node's arrays. A removal drops the index (the graph makes it again at the next path search).
 */
final class AdjacencyIndex {

    private static final int[] NONE = new int[0];

    private String[] ids;
    private GraphNode[] nodes;
    private int size;
    private final Map<String, Integer> index;
    private final int[] offsets;
    private final int[] targets;
    /** Per node, the neighbours added since the index was made (one entry per edge end); null when none. */
    private int[][] added;

    private AdjacencyIndex(String[] ids, GraphNode[] nodes, Map<String, Integer> index, int[] offsets, int[] targets) {
        this.ids = ids;
        this.nodes = nodes;
        this.size = ids.length;
        this.index = index;
        this.offsets = offsets;
        this.targets = targets;
        this.added = new int[ids.length][];
    }

    /** A node added to the graph after the index was made, without edges yet. Under the write lock. */
    void add(GraphNode node) {
        if (index.containsKey(node.id())) {
            return;
        }
        if (size == ids.length) {
            int grown = Math.max(16, size + (size >> 3));
            ids = Arrays.copyOf(ids, grown);
            nodes = Arrays.copyOf(nodes, grown);
            added = Arrays.copyOf(added, grown);
        }
        ids[size] = node.id();
        nodes[size] = node;
        index.put(node.id(), size++);
    }

    /** An edge added to the graph after the index was made, between two nodes it holds. Under the write lock. */
    void connect(String a, String b) {
        int i = indexOf(a);
        int j = indexOf(b);
        append(i, j);
        append(j, i);
    }

    private void append(int node, int target) {
        int[] more = added[node];
        if (more == null) {
            added[node] = new int[] {target};
        } else {
            more = Arrays.copyOf(more, more.length + 1);
            more[more.length - 1] = target;
            added[node] = more;
        }
    }

    /** The neighbours added to {@code node} since the index was made, read after its arrays' edges. */
    int[] added(int node) {
        int[] more = added[node];
        return more == null ? NONE : more;
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

    /** The node's first edge in the arrays; a node added since has none there (its edges are all {@link #added}). */
    int firstEdge(int node) {
        return node < offsets.length - 1 ? offsets[node] : 0;
    }

    int endEdge(int node) {
        return node < offsets.length - 1 ? offsets[node + 1] : 0;
    }

    int target(int edge) {
        return targets[edge];
    }

    int size() {
        return size;
    }
}
