package org.tangier.matching.name;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Other skeletons a name part may have when it is written in another script, for the cross-script comparison
 * only. The main skeleton reads a Latin spelling the English way; but Arabic writes a name as it is said in
 * its own language: Gautier is غوتييه (the French ending is silent), Wallenstein is فالنشتاين (German w, st),
 * Sanjurjo is سانخورخو (Spanish j), Capucci is كابوتشي (Italian cc), Xiaobo is شياوبو (pinyin x). On the Arabic
 * side, ث is said s and و is v in Persian, Turkish and Levantine names (Ousmane / عثمان, Davud / داود).
 *
 * <p>Each reading applies the conventions of one family of spellings to the whole part; it is one alternative
 * skeleton, never a blocking key, and a match through it scores a little below a match of the main skeletons.
 */
final class ScriptReadings {
    private ScriptReadings() {}

    static final String[] NONE = new String[0];

    private static final Pattern ILL_AFTER_VOWEL = Pattern.compile("([aeiou])ill");
    private static final Pattern ILL_AT_START = Pattern.compile("^([bcdfghjklmnpqrstvwxz]r?)ill");
    private static final Pattern SOFT_C = Pattern.compile("c{1,2}([ei])");
    private static final Pattern H_LENGTHENING = Pattern.compile("([aeiouy])h(?=[bcdfgjklmnpqrstvwxz]|$)");
    private static final Pattern HEBREW_CH = Pattern.compile("(^|[^st])ch(?=[aeiou])");
    private static final Pattern H_AFTER = Pattern.compile("([sktdgzc])h");

    /** Alternative skeletons of a folded Latin part (lower-case ASCII), without the main one. */
    static String[] latin(String s) {
        if (s.length() < 2) return NONE;
        String main = LatinSkeleton.skeleton(s);
        Set<String> out = new LinkedHashSet<>();
        add(out, main, french(s));
        add(out, main, frenchEr(s));
        add(out, main, frenchH(s));
        add(out, main, spanish(s));
        add(out, main, italian(s));
        add(out, main, germanic(s));
        add(out, main, slavic(s));
        add(out, main, hungarian(s));
        add(out, main, pinyin(s));
        add(out, main, english(s));
        add(out, main, turkishPersian(s));
        add(out, main, hebrew(s));
        add(out, main, splitDigraphs(s));
        // the article glued on, which only the comparison can tell from a name: Alaidy / العايدي, Elimam / الإمام
        if (s.length() >= 5 && (s.startsWith("al") || s.startsWith("el"))) add(out, main, s.substring(2));
        return out.isEmpty() ? NONE : out.toArray(String[]::new);
    }

    /** Alternative skeletons of a folded Arabic part: ث as s, و as v, ذ ظ ض as z, ج as a hard g. */
    static String[] arabic(String folded) {
        boolean any = false;
        for (int i = 0; i < folded.length() && !any; i++) {
            char c = folded.charAt(i);
            any = c == 'ث' || c == 'ذ' || c == 'ظ' || c == 'ض' || (c == 'ج' && folded.length() >= 3) || (c == 'و' && i > 0)
                    || (c == 'ن' && i + 1 < folded.length() && folded.charAt(i + 1) == 'ب');
        }
        if (!any) return NONE;
        String main = ArabicLetters.skeleton(folded);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            sb.append(switch (c) {
                case 'ث', 'ذ', 'ظ', 'ض' -> 'ز';
                default -> c;
            });
        }
        Set<String> out = new LinkedHashSet<>();
        String sibilants = ArabicLetters.skeleton(sb.toString());
        if (!sibilants.equals(main)) out.add(sibilants);
        // و inside a word as v (Davud, Pahlavi): written as the letter ف would be
        if (sb.length() >= 3) {
            String v = ArabicLetters.skeleton(sb.charAt(0) + sb.substring(1, sb.length() - 1).replace('و', 'ف') + sb.charAt(sb.length() - 1));
            if (!v.equals(main)) out.add(v);
        }
        // ج as a hard g, as Egypt says it and writes foreign names with it (Glossop / جلوسوب)
        if (folded.length() >= 3 && folded.indexOf('ج') >= 0) {
            String g = ArabicLetters.skeleton(folded.replace('ج', 'ك'));
            if (!g.equals(main)) out.add(g);
        }
        // ن before ب is said m, and Latin spellings write it so (جنبلاط, Jumblatt; إسطنبول, Istambul)
        if (folded.contains("نب")) {
            String m = ArabicLetters.skeleton(folded.replace("نب", "مب"));
            if (!m.equals(main)) out.add(m);
        }
        return out.isEmpty() ? NONE : out.toArray(String[]::new);
    }

    private static void add(Set<String> out, String main, String rewritten) {
        if (rewritten == null || rewritten.isEmpty()) return;
        String sk = LatinSkeleton.skeleton(rewritten);
        if (!sk.isEmpty() && !sk.equals(main)) out.add(sk);
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /**
     * French: silent final consonants (Benoit, Tussaud, Thiers, Gautier, Crémieux, Coulomb), gn and ill as ny
     * and y (Vignal, Brillouin).
     */
    static String french(String s) {
        String t = ILL_AT_START.matcher(ILL_AFTER_VOWEL.matcher(s.replace("gn", "ny")).replaceAll("$1y")).replaceAll("$1iy");
        if (t.endsWith("mb")) t = t.substring(0, t.length() - 1);
        for (int k = 0; k < 2 && t.length() >= 4; k++) {
            char last = t.charAt(t.length() - 1);
            if ("tdsxz".indexOf(last) >= 0) t = t.substring(0, t.length() - 1);
        }
        if (t.length() >= 5 && t.endsWith("e") && !vowel(t.charAt(t.length() - 2)) && t.charAt(t.length() - 2) == t.charAt(t.length() - 3)) {
            t = t.substring(0, t.length() - 2); // Valenciennes: the doubled consonant before a mute e
        }
        return t.equals(s) ? null : t;
    }

    /** French -er and -ier said as é (Gautier, Pélissier), after the silent consonants (Thiers keeps its r). */
    static String frenchEr(String s) {
        String t = french(s);
        if (t == null) t = s;
        return t.length() >= 4 && t.endsWith("er") ? t.substring(0, t.length() - 1) : null;
    }

    /** A silent French h at the start (Hortefeux / أورتوفو). */
    static String frenchH(String s) {
        if (s.length() < 5 || s.charAt(0) != 'h' || !vowel(s.charAt(1))) return null;
        String t = french(s.substring(1));
        return t == null ? s.substring(1) : t;
    }

    /** Spanish and Portuguese: j as kh (Javi, Sanjurjo), ll as y (Mallo, Orellana). */
    static String spanish(String s) {
        String t = s.replace("j", "kh").replace("ll", "y");
        return t.equals(s) ? null : t;
    }

    /** Italian: ch as k, c and cc before e and i as ch (Capucci, Ferruccio), gn as ny, gli as ly, z as ts. */
    static String italian(String s) {
        String t = SOFT_C.matcher(s.replace("ch", "k")).replaceAll("ch$1").replace("gn", "ny").replace("gli", "ly")
                .replace("zz", "ts").replace("z", "ts");
        return t.equals(s) ? null : t;
    }

    /** German, Dutch, Scandinavian: w as v, j as y, z and tz as ts, ch as kh, st- and sp- as sht-, shp-, dt as t. */
    static String germanic(String s) {
        String t = s.replace("sch", "\u0001").replace("chs", "ks").replace("ch", "kh").replace('\u0001', 'X');
        t = t.replace("ij", "i").replace("w", "v").replace("j", "y").replace("tz", "ts").replace("z", "ts").replace("dt", "t");
        // German has no dh: d and h meet at the seam of a compound (Waldheim, فالدهايم; the apostrophe keeps them
        // apart); an h after a vowel and before a consonant lengthens the vowel and is not said (Jahn, يان; Dahl)
        t = t.replace("dh", "d'h");
        t = H_LENGTHENING.matcher(t).replaceAll("$1");
        if (t.startsWith("st") || t.startsWith("sp")) t = "sh" + t.substring(1);
        t = t.replace("X", "sh");
        return t.equals(s) ? null : t;
    }

    /** Polish, Czech and other Slavic Latin spellings: w as v, j as y, cz as ch, rz as zh, c as ts, g always hard. */
    static String slavic(String s) {
        String t = s.replace("cz", "\u0001").replace("ch", "kh").replace("rz", "zh").replace("w", "v").replace("j", "y")
                .replace("c", "ts").replace('\u0001', 'X').replace("X", "ch");
        t = t.replace("ge", "gue").replace("gi", "gui");
        return t.equals(s) ? null : t;
    }

    /** Hungarian: sz as s, cs as ch, zs as zh. */
    static String hungarian(String s) {
        String t = s.replace("sz", "s").replace("cs", "ch").replace("zs", "zh");
        return t.equals(s) ? null : t;
    }

    /** Pinyin: x and q as sh and ch, zh as ch. */
    static String pinyin(String s) {
        String t = s.replace("zh", "ch").replace("x", "sh").replace("q", "ch");
        return t.equals(s) ? null : t;
    }

    /** English: sch as sk (Schofield), a silent final gh (Burrough). */
    static String english(String s) {
        String t = s.replace("sch", "sk");
        if (t.endsWith("gh") && t.length() >= 5) t = t.substring(0, t.length() - 2);
        // the Gaelic Mc is Mac (Mcelroy, ماكيلروي); an initial i before a vowel is a y (Iago, ياغو; Ioannis, يوانيس)
        if (t.startsWith("mc") && t.length() >= 4) t = "mak" + t.substring(2);
        if (t.length() >= 3 && t.charAt(0) == 'i' && vowel(t.charAt(1))) t = "y" + t.substring(1);
        return t.equals(s) ? null : t;
    }

    /**
     * An h after s, k, t, d, g or z that is a letter of its own, not half of a digraph: Eshaq is اسحاق (s, ḥ),
     * Lakhal is لكحل (k, ḥ), Adham is ادهم. The apostrophe keeps the two letters apart in the skeleton.
     */
    static String splitDigraphs(String s) {
        String t = H_AFTER.matcher(s).replaceAll("$1'h");
        return t.equals(s) ? null : t;
    }

    /** Hebrew: ch before a vowel is ח, which Arabic writes ح (Menachem, مناحم; Chaim, حاييم). */
    static String hebrew(String s) {
        String t = HEBREW_CH.matcher(s).replaceAll("$1h");
        return t.equals(s) ? null : t;
    }

    /** Turkish, Persian and Malay spellings of Arabic names: c as j (Cemal), dz as d (Fadzli, ض), zh as z and h (Mazhar). */
    static String turkishPersian(String s) {
        String t = s.replace("dz", "d").replace("zh", "z'h").replace("c", "j"); // the apostrophe keeps z and h apart
        return t.equals(s) ? null : t;
    }
}
