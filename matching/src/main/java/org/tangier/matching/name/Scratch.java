package org.tangier.matching.name;

/**
 * Per-thread working memory of the scorer, so that scoring a candidate allocates nothing. Sized for the
 * longest names seen; grows on the cold path.
 */
final class Scratch {
    static final int MAX_TOKENS = 16;
    static final int MAX_NAMES = 64;

    int[] row0 = new int[64], row1 = new int[64], row2 = new int[64];
    float[] frow0 = new float[64], frow1 = new float[64], frow2 = new float[64];
    /** Packed token comparisons of the current name pair, [query][record]. */
    final int[][] pair = new int[MAX_TOKENS][MAX_TOKENS];
    final boolean[] qUsed = new boolean[MAX_TOKENS], rUsed = new boolean[MAX_TOKENS];
    /** Alignment of the best name pair: record token per query token, -1 when unaligned. */
    final int[] alignment = new int[MAX_TOKENS], bestAlignment = new int[MAX_TOKENS];
    final int[] alignResult = new int[MAX_TOKENS], bestAlignResult = new int[MAX_TOKENS];
    final int[] spareAlign = new int[MAX_TOKENS], spareResult = new int[MAX_TOKENS];
    final double[] pairWeight = new double[MAX_TOKENS], bestPairWeight = new double[MAX_TOKENS];
    final boolean[] bestRecordUsed = new boolean[MAX_TOKENS];

    // the candidate's names, filled from the index without allocating
    final NameToken[][] names = new NameToken[MAX_NAMES][MAX_TOKENS];
    final double[][] weights = new double[MAX_NAMES][MAX_TOKENS];
    final int[] tokenCounts = new int[MAX_NAMES];
    final NameKind[] kinds = new NameKind[MAX_NAMES];
    int nameCount;
    final int[] dates = new int[32];
    int dateCount;
    final int[] nationalities = new int[16];
    int nationalityCount;
    Gender gender;

    // where the best score came from
    int bestQueryName, bestRecordName;
    double bestNameScore;

    void ensureStringCapacity(int n) {
        if (row0.length <= n) {
            int size = Math.max(n + 1, row0.length * 2);
            row0 = new int[size]; row1 = new int[size]; row2 = new int[size];
            frow0 = new float[size]; frow1 = new float[size]; frow2 = new float[size];
        }
    }

    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    static Scratch get() {
        return LOCAL.get();
    }
}
