package org.tangier.matching.name;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How German, Polish and Latvian (and Wade-Giles) spellings of a name are read in English spelling, for
 * comparing two Latin spellings of one name romanised under different national conventions: Gorbatschow,
 * Gorbaczow and Gorbačovs are all Gorbachev; Lawrow and Lavrovs are Lavrov; Jelzin and Jelcyn are Yeltsin;
 * Siergiej is Sergey. Each reading gives one skeleton; two parts agree when a reading of one has the
 * skeleton of the other (or of one of its readings).
 */
final class NationalSpellings {
    private NationalSpellings() {}

    static final String[] NONE = new String[0];

    /** Skeletons of the readings of a folded Latin part that differ from its own skeleton. */
    static String[] skeletons(String folded) {
        if (folded.length() < 3) return NONE;
        String own = LatinSkeleton.skeleton(folded);
        Set<String> out = new LinkedHashSet<>();
        String baltic = latvian(folded);
        if (looksGerman(baltic)) add(out, own, german(baltic));
        if (looksPolish(baltic)) add(out, own, polish(baltic));
        if (baltic != folded) add(out, own, baltic);
        return out.isEmpty() ? NONE : out.toArray(String[]::new);
    }

    /**
     * A reading is made only for a spelling that shows its convention (w, sch, tz, z, j, or ch inside the word),
     * so that an English or Korean ch (Chang) is not read as the German one.
     */
    static boolean looksGerman(String s) {
        return s.indexOf('w') >= 0 || s.contains("sch") || s.indexOf('z') >= 0 || s.indexOf('j') >= 0 || s.indexOf("ch", 1) > 0;
    }

    /** w, sz, cz, rz, ie, j, or a c that is not part of ch. */
    static boolean looksPolish(String s) {
        if (s.indexOf('w') >= 0 || s.contains("sz") || s.contains("cz") || s.contains("rz") || s.contains("ie") || s.indexOf('j') >= 0) return true;
        for (int i = s.indexOf('c'); i >= 0; i = s.indexOf('c', i + 1)) if (i + 1 >= s.length() || s.charAt(i + 1) != 'h') return true;
        return false;
    }


    private static void add(Set<String> out, String own, String reading) {
        if (reading.length() < 2) return;
        String sk = LatinSkeleton.skeleton(reading);
        if (!sk.equals(own) && sk.length() >= 2) out.add(sk);
    }

    /** German: tsch, sch, ch (as kh), w as v, j as y, z as ts, an initial s before a vowel as z. */
    static String german(String s) {
        String r = s.replace("tsch", "ч").replace("sch", "ш").replace("ch", "kh").replace("ч", "ch").replace("ш", "sh")
                .replace('w', 'v').replace("tz", "ts").replace("z", "ts").replace('j', 'y');
        if (r.length() > 1 && r.charAt(0) == 's' && "aeiou".indexOf(r.charAt(1)) >= 0) r = "z" + r.substring(1);
        return r;
    }

    /** Polish: szcz, sz, cz, rz, ch (as kh), w as v, c as ts, j as y, ie after a consonant as e, a final ij as y. */
    static String polish(String s) {
        String r = s.replace("szcz", "щ").replace("sz", "ш").replace("cz", "ч").replace("rz", "ж").replace("ch", "kh")
                .replace("щ", "shch").replace("ш", "sh").replace("ч", "ch").replace("ж", "zh")
                .replace('w', 'v').replaceAll("c(?!h)", "ts").replace('j', 'y').replaceAll("([^aeiouy])ie", "$1e");
        if (r.endsWith("iy") || r.endsWith("yy")) r = r.substring(0, r.length() - 2) + "y";
        return r;
    }

    /** Latvian: the masculine ending -s that Russian names take (Putins, Lavrovs, Vladimirs, Sergejs, Boriss). */
    static String latvian(String s) {
        int n = s.length();
        if (n >= 5 && s.charAt(n - 1) == 's' && "nvlrjms".indexOf(s.charAt(n - 2)) >= 0) return s.substring(0, n - 1);
        return s;
    }
}
