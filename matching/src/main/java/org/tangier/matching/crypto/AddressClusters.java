package org.tangier.matching.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Addresses grouped by the multiple-input heuristic: the inputs of one transaction are signed by one wallet, so
 * they are one owner's (a CoinJoin breaks this; its transactions should be tagged and left out). Union-find with
 * path halving and union by size; every union that joins two groups keeps the transaction that justified it, so
 * each link of a cluster is explained.
 */
public final class AddressClusters {

    private final TransferGraph graph;
    private final int[] parent;
    private final int[] size;
    /** For each union: the two addresses joined and the transaction that joined them. */
    private final int[] linkA;
    private final int[] linkB;
    private final int[] linkTx;
    private int links;

    private AddressClusters(TransferGraph graph) {
        this.graph = graph;
        int n = graph.addressCount();
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        linkA = new int[Math.max(n - 1, 0)];
        linkB = new int[Math.max(n - 1, 0)];
        linkTx = new int[Math.max(n - 1, 0)];
    }

    /** Clusters every transaction of the graph with the multiple-input heuristic. */
    public static AddressClusters multipleInput(TransferGraph graph) {
        AddressClusters c = new AddressClusters(graph);
        for (int t = 0; t < graph.transactionCount(); t++) {
            int first = graph.inStart[t];
            for (int l = first + 1; l < graph.outStart[t]; l++) {
                c.union(graph.legAddress[first], graph.legAddress[l], t);
            }
        }
        return c;
    }

    private int find(int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    private void union(int a, int b, int tx) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int swap = ra;
            ra = rb;
            rb = swap;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        linkA[links] = a;
        linkB[links] = b;
        linkTx[links] = tx;
        links++;
    }

    /** How many addresses share the address's cluster (1 when it never co-spent). */
    public int sizeOf(int address) {
        return size[find(address)];
    }

    public boolean sameCluster(int a, int b) {
        return find(a) == find(b);
    }

    /** Number of clusters, singletons included. */
    public int clusterCount() {
        int count = 0;
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == i) {
                count++;
            }
        }
        return count;
    }

    /** Two addresses joined because they were inputs of one transaction. */
    public record Link(String address, String other, String transaction, long time, String reason) {
    }

    /** A cluster: its addresses and the links that explain it (a spanning tree: one link fewer than addresses). */
    public record Cluster(List<String> addresses, List<Link> links) {
    }

    public Cluster clusterOf(int address) {
        int root = find(address);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (find(i) == root) {
                members.add(graph.address(i));
            }
        }
        List<Link> explained = new ArrayList<>();
        for (int k = 0; k < links; k++) {
            if (find(linkA[k]) == root) {
                explained.add(new Link(graph.address(linkA[k]), graph.address(linkB[k]), graph.transaction(linkTx[k]),
                        graph.time(linkTx[k]), "both spent as inputs of transaction " + graph.transaction(linkTx[k])
                                + " (multiple-input heuristic)"));
            }
        }
        return new Cluster(members, explained);
    }
}
