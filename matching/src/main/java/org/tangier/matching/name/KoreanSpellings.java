package org.tangier.matching.name;

import java.util.HashMap;
import java.util.Map;

/**
 * Korean names under their romanisations: Revised Romanisation (Park Geun-hye, Jeong), McCune–Reischauer (Pak
 * Kŭn-hye, Chŏng) and the spellings families chose (Lee, Rhee, Roh, Choi). Family names are listed as families of
 * spellings; a syllable of a given name is reduced to a key that forgets what the systems disagree on (k/g, p/b,
 * t/d, ch/j, r/l, the aspiration h, eo/ŏ/u, eu/ŭ/u, oo/u) and compared only when one side shows a Korean spelling
 * (eo, eu, ae, or ŏ ŭ before folding), so that other short names do not meet by it.
 */
final class KoreanSpellings {
    private KoreanSpellings() {}

    private static final String[] FAMILIES = {
            "lee yi rhee ri rhie", "park pak bak bahk", "kim gim", "choi choe chwe", "roh noh no ro",
            "jeong jung chung chong cheong jong", "kang gang", "cho jo", "yoon yun", "lim im rim", "shin sin",
            "seo suh", "kwon gwon", "ahn an", "ryu yoo yu ryoo", "jeon jun chun chon", "moon mun", "baek paek paik",
            "heo huh hur", "kwak gwak", "hwang whang", "song", "han", "oh o"};
    private static final Map<String, Integer> FAMILY = new HashMap<>();

    static {
        for (int i = 0; i < FAMILIES.length; i++) for (String s : FAMILIES[i].split(" ")) FAMILY.put(s, i);
    }

    /** Whether two folded Latin parts are one Korean family name or one syllable of a given name. */
    static boolean same(NameToken a, NameToken b) {
        String x = a.folded, y = b.folded;
        if (x.length() > 6 || y.length() > 6 || x.equals(y)) return false;
        NameToken.LatinForms fa = a.latinForms(), fb = b.latinForms();
        if (fa.koreanFamily() >= 0 && fa.koreanFamily() == fb.koreanFamily()) return true;
        if (!fa.korean() && !fb.korean()) return false;
        return fa.koreanKey().equals(fb.koreanKey());
    }

    /** The family of spellings a folded part belongs to, -1 for none. */
    static int family(String folded) {
        Integer f = FAMILY.get(folded);
        return f == null ? -1 : f;
    }

    static boolean korean(NameToken t) {
        String f = t.folded;
        if (f.contains("eo") || f.contains("eu") || f.contains("ae")) return true;
        String e = t.exact;
        return e != null && (e.indexOf('ŏ') >= 0 || e.indexOf('ŭ') >= 0);
    }

    static String key(String s) {
        String v = s.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ee", "i").replace('u', 'o');
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            char prev = i > 0 ? v.charAt(i - 1) : 0;
            switch (c) {
                case 'g' -> { if (prev != 'n') out.append('k'); else out.append('g'); }
                case 'b' -> out.append('p');
                case 'd' -> out.append('t');
                case 'j' -> out.append('c');
                case 'r' -> out.append('l');
                case 'h' -> { if (prev == 0 || "aeiouwy".indexOf(prev) >= 0) out.append('h'); } // ch, sh, aspirates
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
