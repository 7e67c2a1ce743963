package org.tangier.bench.documents;

/**
 * Deterministic stolen-document keys for benchmarks: key {@code i} is a pure function of {@code i}, so a
 * benchmark can load ten million of them and later pick queries without keeping them all as strings.
 * Shape: issuing state (one of 64 alpha-3 codes) + two letters + seven digits, as {@code DocumentKey.lookupKey()}
 * gives it, e.g. {@code MARKX4810372}; 12 bytes, like most real passport keys.
 */
final class SyntheticDocuments {

    private static final String[] STATES = (
            "MAR DZA TUN LBY EGY SDN MRT SEN MLI NER TCD NGA GHA KEN ETH TZA UGA RWA ZAF CIV CMR DJI SOM SAU "
            + "ARE QAT KWT BHR OMN YEM JOR LBN SYR IRQ PSE TUR IRN PAK AFG IND FRA DEU GBR ESP ITA PRT BEL NLD "
            + "CHE AUT POL ROU GRC SWE NOR USA CAN BRA CHN RUS UKR IDN MYS THA").split(" ");
    // Letters that survive confusable folding unchanged, as in a folded lookup key.
    private static final char[] LETTERS = "ACDEFHJKMNPRTUVWXY".toCharArray();

    private SyntheticDocuments() {
    }

    static String key(long i) {
        long h = mix(i);
        char[] c = new char[12];
        String state = STATES[(int) (h & 63)];
        state.getChars(0, 3, c, 0);
        h >>>= 6;
        c[3] = LETTERS[(int) ((h & 0xffff) % LETTERS.length)];
        h >>>= 16;
        c[4] = LETTERS[(int) ((h & 0xffff) % LETTERS.length)];
        h >>>= 16;
        long digits = (h & 0x3ffffff) % 10_000_000L;
        for (int k = 11; k >= 5; k--) {
            c[k] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        return new String(c);
    }

    /** A key of the same shape that {@link #key} never produces (a letter in the digits), for misses. */
    static String missingKey(long i) {
        char[] c = key(i).toCharArray();
        c[8] = 'Z';
        return new String(c);
    }

    /** The number as a clerk might type it for {@code key(i)}: lower case, a blank and a dash, alpha-2 country. */
    static String[] typed(long i) {
        String key = key(i);
        String number = key.substring(3);
        return new String[] {key.substring(0, 3), number.substring(0, 2).toLowerCase() + " " + number.substring(2, 5) + "-" + number.substring(5)};
    }

    // SplitMix64's finaliser: consecutive ids give unrelated keys.
    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
