package org.tangier.matching.name;

import java.util.Set;

/**
 * Wade-Giles readings of Chinese syllables against Pinyin (Mao Tse-tung, Mao Zedong; Teng Hsiao-p'ing, Deng
 * Xiaoping). Wade-Giles marks aspiration with an apostrophe (p'ing is ping, ping is bing) that lists and passports
 * mostly drop, so both sides are compared by a key that forgets aspiration (b p, d t, g k, j q, zh ch, z c). Only
 * parts that are Chinese syllables on both sides are compared this way: a Kang may be a Gang, a Tung a Dong.
 * Chiang Kai-shek / Jiang Jieshi is out of reach: Kai-shek is the Cantonese reading, not a romanisation of Jieshi.
 */
final class WadeGiles {
    private WadeGiles() {}

    /** The Pinyin finals; a syllable is an optional initial and one of these. */
    private static final Set<String> FINALS = Set.of("a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu",
            "ie", "ve", "ue", "er", "an", "en", "in", "un", "vn", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang",
            "iong", "ua", "uo", "uai", "uan", "uang");
    private static final String[] INITIALS = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
            "j", "q", "x", "r", "z", "c", "s", "y", "w"};

    /** The Pinyin spelling of one Wade-Giles syllable (folded, apostrophe dropped), or null when it is none. */
    static String pinyin(String wg) {
        String s = wg.replace("'", "").replace("’", "").replace("ʻ", "").replace("ü", "v");
        if (s.isEmpty() || s.length() > 6) return null;
        String initial, fin;
        if (s.startsWith("hs")) { initial = "x"; fin = s.substring(2); }
        else if (s.startsWith("ch")) { fin = s.substring(2); initial = fin.equals("ih") ? "zh" : fin.startsWith("i") || fin.startsWith("v") ? "j" : "zh"; }
        else if (s.startsWith("ts") || s.startsWith("tz")) { initial = "z"; fin = s.substring(2); }
        else if (s.startsWith("ss") || s.startsWith("sz")) { initial = "s"; fin = s.substring(2); }
        else if (s.startsWith("sh")) { initial = "sh"; fin = s.substring(2); }
        else if ("kptj".indexOf(s.charAt(0)) >= 0) { initial = switch (s.charAt(0)) { case 'k' -> "g"; case 'p' -> "b"; case 't' -> "d"; default -> "r"; }; fin = s.substring(1); }
        else if ("mfnlhsyw".indexOf(s.charAt(0)) >= 0) { initial = s.substring(0, 1); fin = s.substring(1); }
        else { initial = ""; fin = s; }
        boolean sibilant = initial.equals("z") || initial.equals("s") || initial.equals("zh") || initial.equals("sh") || initial.equals("r");
        fin = switch (fin) {
            // chih shih jih are zhi shi ri; tzu ssu szu are zi si (tsu stays zu)
            case "ih" -> sibilant ? "i" : fin;
            case "u" -> s.startsWith("tz") || s.startsWith("ss") || s.startsWith("sz") ? "i" : fin;
            case "ung" -> "ong";
            case "iung" -> "iong";
            case "ieh" -> "ie";
            case "ien" -> "ian";
            case "ueh", "veh" -> "ue";
            case "uei" -> "ui";
            case "o" -> initial.equals("g") || initial.equals("h") ? "e" : fin;
            case "eh" -> initial.equals("y") ? "e" : fin;
            case "en" -> initial.equals("y") ? "an" : fin;
            default -> fin;
        };
        if (s.equals("erh")) return "er";
        if (initial.equals("y")) {
            if (fin.equals("u")) return "you";
            if (fin.equals("v")) return "yu";
            if (fin.equals("ung")) return "yong";
        }
        String p = initial + fin;
        return syllable(p) ? p : null;
    }

    /** Whether a folded Latin string is one Pinyin syllable (ü written v). */
    static boolean syllable(String s) {
        for (String i : INITIALS) if (s.startsWith(i) && FINALS.contains(s.substring(i.length()))) return true;
        return FINALS.contains(s);
    }

    /** The aspiration-blind key of a Pinyin string: p is b, t d, k g, q j, ch zh, c z. */
    static String key(String pinyin) {
        StringBuilder b = new StringBuilder(pinyin.length());
        for (int i = 0; i < pinyin.length(); i++) {
            char c = pinyin.charAt(i);
            b.append(switch (c) { case 'p' -> 'b'; case 't' -> 'd'; case 'k' -> 'g'; case 'q' -> 'j'; case 'c' -> 'z'; default -> c; });
        }
        return b.toString();
    }

    /**
     * Whether Wade-Giles syllables (each folded part of one side) are the Pinyin word of the other side: Tse + tung
     * against Zedong, Hsiao + p'ing against Xiaoping, Teng against Deng. The Wade-Giles side must differ from the Pinyin
     * (else the ordinary comparison has said all), and the Pinyin side must split into syllables.
     */
    static boolean same(String pinyinWord, String... wadeGiles) {
        StringBuilder joined = new StringBuilder(), plain = new StringBuilder();
        for (String w : wadeGiles) {
            String p = pinyin(w);
            if (p == null) return false;
            joined.append(p);
            plain.append(w.replace("'", "").replace("’", "").replace("ʻ", ""));
        }
        String word = pinyinWord.replace("ü", "v");
        if (plain.toString().equals(word) || !syllables(word, 0, wadeGiles.length)) return false;
        return key(joined.toString()).equals(key(word));
    }

    /** {@link #same(String, String...)} for one Wade-Giles part, from the forms each part keeps ({@link NameToken#latinForms}). */
    static boolean same(NameToken pinyinPart, NameToken wadeGilesPart) {
        NameToken.LatinForms p = pinyinPart.latinForms(), w = wadeGilesPart.latinForms();
        return w.wadeGilesKey() != null && p.pinyinKey() != null && !w.wadeGilesPlain().equals(p.pinyinWord())
                && w.wadeGilesKey().equals(p.pinyinKey());
    }

    /** The aspiration-blind key of a folded part read as one Wade-Giles syllable, null when it is none. */
    static String readingKey(String folded) {
        String p = pinyin(folded);
        return p == null ? null : key(p);
    }

    static String plain(String folded) {
        return folded.replace("'", "").replace("’", "").replace("ʻ", "");
    }

    /** The aspiration-blind key of a folded part that is one Pinyin syllable, null otherwise. */
    static String pinyinKey(String folded) {
        String word = folded.replace("ü", "v");
        return syllables(word, 0, 1) ? key(word) : null;
    }

    /** Whether s from i splits into exactly n Pinyin syllables. */
    private static boolean syllables(String s, int from, int n) {
        if (n == 0) return from == s.length();
        for (int end = Math.min(s.length(), from + 6); end > from; end--) {
            if (syllable(s.substring(from, end)) && syllables(s, end, n - 1)) return true;
        }
        return false;
    }
}
