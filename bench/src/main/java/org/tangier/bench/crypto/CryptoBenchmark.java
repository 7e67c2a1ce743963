package org.tangier.bench.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tangier.matching.crypto.AddressClusters;
import org.tangier.matching.crypto.FundsTrace;
import org.tangier.matching.crypto.TransferGraph;

/**
 * Clustering and 5-hop tracing on synthetic transfers, each against an in-process baseline in the same run:
 * clustering against a union-find keyed by address strings in hash maps (the obvious first version), tracing
 * against a plain 5-hop reachability walk over the same graph (no taint bookkeeping: a floor for any trace).
 *
 * <p>Usage: {@code java -Xmx6g -cp bench/target/tangier-bench.jar org.tangier.bench.crypto.CryptoBenchmark
 * [transfers=1000000] [addresses=500000] [traces=1000]}
 */
public final class CryptoBenchmark {

    public static void main(String[] args) {
        int transfers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int addresses = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        int traces = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        SplittableRandom random = new SplittableRandom(17);
        String[] names = new String[addresses];
        for (int i = 0; i < addresses; i++) {
            names[i] = "bc1q" + Integer.toString(i, 36);
        }
        // each transaction: 1-3 inputs, a payment and a change output; a few popular addresses act as services
        int[][] ins = new int[transfers][];
        int[][] outs = new int[transfers][];
        for (int t = 0; t < transfers; t++) {
            int k = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3));
            ins[t] = new int[k];
            for (int j = 0; j < k; j++) {
                ins[t][j] = random.nextInt(addresses);
            }
            outs[t] = new int[] {random.nextInt(100) == 0 ? random.nextInt(100) : random.nextInt(addresses), random.nextInt(addresses)};
        }
        System.out.printf("synthetic: %,d transfers, %,d addresses, %d traces%n", transfers, addresses, traces);

        long t0 = System.nanoTime();
        TransferGraph.Builder b = TransferGraph.builder();
        int[] ids = new int[addresses];
        for (int i = 0; i < addresses; i++) {
            ids[i] = b.intern(names[i]);
        }
        double[] amounts3 = {1.0, 0.5, 0.25};
        double[] amounts2 = {0.9, 0.1};
        for (int t = 0; t < transfers; t++) {
            int[] in = new int[ins[t].length];
            for (int j = 0; j < in.length; j++) {
                in[j] = ids[ins[t][j]];
            }
            b.transaction(Integer.toString(t, 36), 1_700_000_000L + t, in, Arrays.copyOf(amounts3, in.length),
                    new int[] {ids[outs[t][0]], ids[outs[t][1]]}, amounts2);
        }
        TransferGraph graph = b.build();
        long t1 = System.nanoTime();
        AddressClusters clusters = AddressClusters.multipleInput(graph);
        long t2 = System.nanoTime();
        System.out.printf("graph build: %.2f s; clustering (union-find on arrays): %.2f s, %,d clusters%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, clusters.clusterCount());

        long b0 = System.nanoTime();
        Map<String, String> parent = new HashMap<>();
        for (int t = 0; t < transfers; t++) {
            String first = names[ins[t][0]];
            for (int j = 1; j < ins[t].length; j++) {
                String ra = root(parent, first);
                String rb = root(parent, names[ins[t][j]]);
                if (!ra.equals(rb)) {
                    parent.put(rb, ra);
                }
            }
        }
        long b1 = System.nanoTime();
        System.out.printf("baseline clustering (union-find on string hash maps): %.2f s%n", (b1 - b0) / 1e9);

        boolean[] service = new boolean[graph.addressCount()];
        for (int i = 0; i < 100; i++) {
            service[ids[i]] = true;
        }
        long[] traceNanos = new long[traces];
        long[] walkNanos = new long[traces];
        long flows = 0;
        for (int i = 0; i < traces + 100; i++) {
            String start = names[random.nextInt(addresses)];
            long s0 = System.nanoTime();
            FundsTrace.Result r = FundsTrace.trace(graph, start, FundsTrace.Direction.FORWARD, 5, a -> service[a], 100_000);
            long s1 = System.nanoTime();
            int reached = walk(graph, start, 5, service);
            long s2 = System.nanoTime();
            if (i >= 100) { // the first hundred warm the JIT
                traceNanos[i - 100] = s1 - s0;
                walkNanos[i - 100] = s2 - s1;
                flows += r.flows().size() + reached * 0L;
            }
        }
        Arrays.sort(traceNanos);
        Arrays.sort(walkNanos);
        System.out.printf("5-hop forward trace (haircut, in process): p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f flows on average%n",
                traceNanos[traces / 2] / 1e6, traceNanos[traces * 99 / 100] / 1e6, traceNanos[traces - 1] / 1e6, (double) flows / traces);
        System.out.printf("baseline 5-hop reachability walk: p50 %.2f ms, p99 %.2f ms%n",
                walkNanos[traces / 2] / 1e6, walkNanos[traces * 99 / 100] / 1e6);
    }

    /** The root, halving the path on the way (without it, chains grow and the baseline never ends). */
    private static String root(Map<String, String> parent, String a) {
        String p = parent.get(a);
        while (p != null) {
            String grand = parent.get(p);
            if (grand != null) {
                parent.put(a, grand);
            }
            a = p;
            p = parent.get(a);
        }
        return a;
    }

    /** Addresses reachable in {@code hops} forward steps, stopping at services: the floor under any trace. */
    private static int walk(TransferGraph g, String start, int hops, boolean[] service) {
        int s = g.id(start);
        if (s < 0) {
            return 0;
        }
        IntOpenSet seen = new IntOpenSet();
        seen.add(s);
        List<Integer> frontier = List.of(s);
        for (int h = 0; h < hops && !frontier.isEmpty(); h++) {
            List<Integer> next = new ArrayList<>();
            for (int a : frontier) {
                g.forEachReceiver(a, o -> {
                    if (seen.add(o) && !service[o]) {
                        next.add(o);
                    }
                });
            }
            frontier = next;
        }
        return seen.size();
    }

    /** A set of ints on a HashMap, enough for a baseline. */
    private static final class IntOpenSet {
        private final Map<Integer, Boolean> map = new HashMap<>();

        boolean add(int v) {
            return map.putIfAbsent(v, Boolean.TRUE) == null;
        }

        int size() {
            return map.size();
        }
    }
}
