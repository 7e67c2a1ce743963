package org.tangier.bench.analysis;

import java.util.SplittableRandom;
import java.util.UUID;
import org.tangier.bench.screening.BenchDatabase;

/**
 * The synthetic link graph that the seeder writes and the baseline rebuilds, edge for edge: node {@code i} is the
 * phone indicator with id {@link #id(long)}; edge {@code e} joins {@link #from(long)} and {@link #to(long)}. Half of
 * the edges stay near their first end (a ring of neighbourhoods, as people cluster), half go anywhere, so that two
 * random nodes are a handful of hops apart, as in a real network. One node in ten is restricted to its owner, so that
 * the caller's view has something to hide.
 */
final class SyntheticLinkGraph {

    static final String OWNER = BenchDatabase.OWNER;
    private static final long SEED = 20261206L;

    final long nodes;
    final long edges;
    private final long[] from;
    private final long[] to;

    SyntheticLinkGraph(long nodes, long edges) {
        this.nodes = nodes;
        this.edges = edges;
        this.from = new long[(int) edges];
        this.to = new long[(int) edges];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int e = 0; e < edges; e++) {
            long a = random.nextLong(nodes);
            long b = random.nextBoolean() ? Math.floorMod(a + 1 + random.nextLong(50), nodes) : random.nextLong(nodes);
            if (b == a) {
                b = (a + 1) % nodes;
            }
            from[e] = a;
            to[e] = b;
        }
    }

    static UUID id(long i) {
        return new UUID(0x616E_616C_0000_0000L, i);
    }

    static boolean ownerOnly(long i) {
        return i % 10 == 9;
    }

    static String phone(long i) {
        return "+2125" + (10_000_000 + i);
    }

    long from(long e) {
        return from[(int) e];
    }

    long to(long e) {
        return to[(int) e];
    }
}
