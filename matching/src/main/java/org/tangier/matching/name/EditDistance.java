package org.tangier.matching.name;

/** Edit distances on the scorer's scratch rows: no allocation per comparison. */
final class EditDistance {
    private EditDistance() {}

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int damerau(String a, String b, Scratch s) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > 3) return Math.abs(n - m);
        s.ensureStringCapacity(Math.max(n, m) + 1);
        int[] prev2 = s.row0, prev = s.row1, cur = s.row2;
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) v = Math.min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }
            int[] t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[m];
    }

    /**
     * Distance between consonant skeletons of different scripts. Substitutions that transliterations make
     * routinely cost half: ج as g or j or y (Gamal, Jamal; Johann), خ as j in Spanish (Juan), د/ت (Mehmet,
     * Muhammad), ذ/ظ as z, ش as s; a lost h or word-initial vowel marker costs half too.
     */
    static float skeleton(String a, String b, Scratch s) {
        return skeletonJoined(a, "", 0, b, s);
    }

    /**
     * {@link #skeleton} of {@code a} followed by {@code b} from {@code bStart} against {@code whole}, without
     * building the joined string.
     */
    static float skeletonJoined(String a, String b, int bStart, String whole, Scratch s) {
        int n = a.length() + b.length() - bStart, m = whole.length();
        s.ensureStringCapacity(Math.max(n, m) + 1);
        float[] prev = s.frow0, cur = s.frow1;
        prev[0] = 0;
        for (int j = 1; j <= m; j++) prev[j] = prev[j - 1] + indel(whole.charAt(j - 1));
        for (int i = 1; i <= n; i++) {
            char ca = i <= a.length() ? a.charAt(i - 1) : b.charAt(bStart + i - 1 - a.length());
            cur[0] = prev[0] + indel(ca);
            for (int j = 1; j <= m; j++) {
                char cb = whole.charAt(j - 1);
                float v = Math.min(prev[j] + indel(ca), cur[j - 1] + indel(cb));
                cur[j] = Math.min(v, prev[j - 1] + substitution(ca, cb));
            }
            float[] t = prev; prev = cur; cur = t;
        }
        return prev[m];
    }

    private static float indel(char c) {
        // J: Slavic and Germanic j is ي, which Arabic spells as a vowel letter (Mijajlo, ميايلو)
        return c == 'H' || c == 'A' || c == 'Y' || c == 'W' || c == 'J' ? 0.5f : 1f;
    }

    private static float substitution(char a, char b) {
        if (a == b) return 0;
        if (cheap(a, b) || cheap(b, a)) return 0.5f;
        return 1;
    }

    private static boolean cheap(char a, char b) {
        return (a == 'J' && (b == 'K' || b == 'Y'))
                || (a == 'D' && (b == 'T' || b == 'S'))
                || (a == 'S' && b == 'X')
                || (a == 'X' && b == 'K') // German ch is خ: Tucholsky
                || (a == 'H' && b == 'K')
                || (a == 'A' && (b == 'Y' || b == 'W'))
                || (a == 'W' && b == 'F') // German w, Persian and Turkish v written و: Weyand / فاياند, Vahida / وحيدة
                || (a == 'J' && b == 'S'); // zh, ž, French j written ز: Zhelyazkov / زيليازكوف, Hadžić / هادزيتش
    }
}
