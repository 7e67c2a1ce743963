package org.tangier.analysis.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.tangier.access.Restriction;

/**
 * A benchmark, not a test (run by hand, never by surefire): the server's path search on the server's own
 * {@link LinkGraph} at a size too large to seed through a database within a benchmark run, against JGraphT's
 * bidirectional Dijkstra on the same graph in the same run. The graph is the bench module's
 * {@code SyntheticLinkGraph} rule (half the links to one of the next 50 nodes, half anywhere, one node in ten
 * restricted to its owner), re-stated here because the bench module cannot see the server's internals.
 *
 * <pre>java -Xmx8g -cp server/target/classes:server/target/test-classes:$JGRAPHT:$JHEAPS \
 *   org.tangier.analysis.internal.PathSearchBenchmark 1000000 5000000 1000</pre>
 */
final class PathSearchBenchmark {

    public static void main(String[] args) {
        int nodes = Integer.parseInt(args[0]);
        long edges = Long.parseLong(args[1]);
        int queries = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        LinkGraph graph = new LinkGraph(Instant.EPOCH);
        String[] ids = new String[nodes];
        Audience open = new Audience.Restricted("BN", Restriction.ALL_MEMBERS);
        Audience ownerOnly = new Audience.Restricted("BN", Restriction.OWNER_ONLY);
        for (int i = 0; i < nodes; i++) {
            ids[i] = new UUID(0x616E_616C_0000_0000L, i).toString();
            graph.add(new GraphNode(ids[i], NodeKind.INDICATOR, "+2125" + (10_000_000 + i), "BN",
                    i % 10 == 9 ? ownerOnly : open, null));
        }
        SplittableRandom random = new SplittableRandom(20261206L);
        for (long e = 0; e < edges; e++) {
            int a = random.nextInt(nodes);
            int b = random.nextBoolean() ? Math.floorMod(a + 1 + random.nextInt(50), nodes) : random.nextInt(nodes);
            graph.connect(ids[a], ids[b == a ? (a + 1) % nodes : b], "link", "associate");
        }
        report("graph built (" + graph.nodeCount() + " nodes, " + graph.edgeCount() + " edges)", t0);
        long t1 = System.nanoTime();
        graph.index();
        report("int-array index built", t1);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap used %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);

        Predicate<GraphNode> analyst = n -> n.visibleTo("AN");
        Graph<String, GraphEdge> view = graph.view(analyst);
        int warmUp = Math.min(200, queries / 4);
        String[][] pairs = new String[queries + warmUp][];
        SplittableRandom pick = new SplittableRandom(7);
        for (int q = 0; q < pairs.length; q++) {
            pairs[q] = new String[] {ids[visible(pick, nodes)], ids[visible(pick, nodes)]};
        }
        for (int round = 1; round < 2; round++) { // one round; the first warmUp pairs warm the three searches up
            long[] bfs = new long[queries];
            long[] withAnswer = new long[queries];
            long[] masked = new long[queries];
            long[] plain = new long[queries];
            int found = 0;
            long paths = 0;
            int foundMasked = 0;
            int foundPlain = 0;
            int agree = 0;
            for (int q = 0; q < pairs.length; q++) {
                String from = pairs[q][0];
                String to = pairs[q][1];
                long s = System.nanoTime();
                List<List<String>> p = LinkAnalysis.shortPaths(graph, analyst, from, to, 6);
                long m = System.nanoTime();
                LinkAnalysis.answer(graph, view, p.stream().flatMap(List::stream).distinct().toList(), p, null);
                long a = System.nanoTime();
                GraphPath<String, GraphEdge> d = new BidirectionalDijkstraShortestPath<>(view, 6).getPath(from, to);
                long v = System.nanoTime();
                GraphPath<String, GraphEdge> u = new BidirectionalDijkstraShortestPath<>(graph.system(), 6).getPath(from, to);
                long w = System.nanoTime();
                if (q >= warmUp) {
                    int i = q - warmUp;
                    bfs[i] = m - s;
                    withAnswer[i] = a - s;
                    masked[i] = v - a;
                    plain[i] = w - v;
                    found += p.isEmpty() ? 0 : 1;
                    paths += p.size();
                    foundMasked += d == null ? 0 : 1;
                    foundPlain += u == null ? 0 : 1;
                    int length = p.isEmpty() ? -1 : p.getFirst().size() - 1;
                    agree += length == (d == null || d.getLength() > 6 ? -1 : d.getLength()) ? 1 : 0;
                }
            }
            if (round == 1) {
                table("two-sided BFS, all shortest paths (caller view)", bfs, "found " + found + "/" + queries
                        + ", avg " + String.format(Locale.ROOT, "%.1f", paths / (double) Math.max(found, 1)) + " paths");
                table("  + building the answer (nodes, edges)", withAnswer, "");
                table("JGraphT bidirectional Dijkstra (caller view)", masked, "found " + foundMasked + "/" + queries
                        + "; same length as ours in " + agree + "/" + queries);
                table("JGraphT bidirectional Dijkstra (whole graph)", plain, "found " + foundPlain + "/" + queries);
            }
        }
    }

    private static int visible(SplittableRandom random, int nodes) {
        int i;
        do {
            i = random.nextInt(nodes);
        } while (i % 10 == 9);
        return i;
    }

    private static void report(String what, long since) {
        System.out.printf(Locale.ROOT, "%s in %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }

    private static void table(String name, long[] nanos, String note) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-50s p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.2f ms  %s%n", name,
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, note);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
