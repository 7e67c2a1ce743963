package org.tangier.matching.name;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The sounds of a name part as a coarse consonant string, for comparing a Latin spelling with a rendering in a
 * script that writes syllables or no vowels: Chinese characters (a Western name in hanzi is phonetic: Fortson is
 * 福特森, fu-te-sen), Japanese kana (Bekker is ベッカー, bekkā), Korean Hangul (Vasily is 바실리), Hebrew (no
 * vowels: Brolin is ברולין), Thai, Georgian, Armenian.
 *
 * <p>Those renderings change a foreign name in regular ways that a Latin skeleton does not forgive: they add a
 * vowel after a final consonant (-te, -su, -ru), drop or double an r (the r of Bekker, the -er syllable 尔 for an
 * r or l), have one liquid for l and r, write f as fu and v as b, read h, w and y as breath or glide. So the
 * classes are coarse (b p f v; d t; k g q; s z sh ch j ts; l r; m; n) and the comparison ({@link #distance})
 * forgives a liquid or an h more cheaply than another consonant. Compared only across scripts: between two Latin
 * spellings it would merge far too many names (Marcos, Marquez).
 */
final class SoundSkeleton {
    private SoundSkeleton() {}

    /**
     * The classes: P (labial), T (dental), K (velar), S (sibilant or affricate), L (liquid), M, N, H (breath); and
     * three that meet two others: G (a Latin soft g: k or s), Q (th: t or s), J (pinyin j, q, x: s, or k for half).
     */
    private static final String WEAK = "LH";

    private static final ThreadLocal<Transliterator> HAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** Whether a word is written in a script whose renderings of foreign names this class reads. */
    static boolean reads(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            return switch (Character.UnicodeScript.of(cp)) {
                case HAN, HIRAGANA, KATAKANA, HANGUL, HEBREW, THAI, GEORGIAN, ARMENIAN -> true;
                default -> false;
            };
        }
        return false;
    }

    /** The sound skeleton of a word in one of the scripts {@link #reads} accepts; empty when it has no consonant. */
    static String ofScript(String word) {
        Character.UnicodeScript script = null;
        for (int i = 0; i < word.length() && script == null; ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) script = Character.UnicodeScript.of(cp);
        }
        if (script == Character.UnicodeScript.HEBREW) return hebrew(word);
        if (script == Character.UnicodeScript.HAN) {
            // one pinyin syllable per character, kept apart so that an -er syllable reads as the liquid it renders
            return encode(HAN.get().transliterate(spaced(word)).toLowerCase(Locale.ROOT), true);
        }
        return encode(ANY.get().transliterate(word).toLowerCase(Locale.ROOT), false);
    }

    /** The sound skeleton of a folded Latin part (lower-case ASCII). */
    static String ofLatin(String ascii) {
        return encode(ascii, false);
    }

    private static String spaced(String word) {
        StringBuilder out = new StringBuilder(word.length() * 2);
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            out.appendCodePoint(cp).append(' ');
        }
        return out.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
    }

    /**
     * Latin letters (a name as typed, or the romaji, pinyin or other romanisation ICU gives) to classes.
     * {@code pinyin}: x, q, j, c are sibilants, r and an -er syllable are the liquid.
     */
    private static String encode(String s, boolean pinyin) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            if (c == next && !vowel(c)) continue; // a doubled letter is one sound (Reggie, Bekker)
            char cls;
            switch (c) {
                case 'b', 'p', 'f', 'v' -> {
                    cls = 'P';
                    if (c == 'p' && next == 'h') i++;
                }
                case 'd', 't' -> {
                    // English th is heard as s as often as t (Smith is スミス, sumisu; Seth is 塞斯)
                    if (next == 'h') { cls = c == 't' ? 'Q' : 'T'; i++; }
                    else if (c == 't' && next == 'c' && i + 2 < n && s.charAt(i + 2) == 'h') { cls = 'S'; i += 2; }
                    else if (c == 't' && (next == 's' || next == 'z')) { cls = 'S'; i++; }
                    else if (c == 'd' && (next == 'j' || next == 'z')) { cls = 'S'; i++; }
                    else cls = 'T';
                }
                case 'k', 'g', 'q' -> {
                    if (pinyin && c == 'q') cls = 'J';
                    else if (!pinyin && c == 'k' && next == 'n' && (i == 0 || s.charAt(i - 1) == ' ')) continue; // Knight
                    else if (!pinyin && c == 'g' && next == 'h' && i > 0 && (i + 2 >= n || s.charAt(i + 2) == 't')) { i++; continue; } // Knightley, Leigh
                    else if (!pinyin && c == 'g' && (next == 'e' || next == 'i' || next == 'y')) cls = 'G';
                    else if (c == 'g' && next == 'h') { cls = 'K'; i++; }
                    else {
                        cls = 'K';
                        if (next == 'h' || (c == 'q' && next == 'u')) i++;
                    }
                    // a final ng is the nasal: Kang, Jung, 王 wang
                    if (c == 'g' && i > 0 && s.charAt(i - 1) == 'n' && (next == 0 || next == ' ' || next == '-')) continue;
                }
                case 'c' -> {
                    if (pinyin) { cls = 'S'; if (next == 'h') i++; }
                    else if (next == 'h') {
                        boolean hard = i + 2 < n && (s.charAt(i + 2) == 'r' || s.charAt(i + 2) == 'l');
                        cls = hard ? 'K' : 'S';
                        i++;
                    } else if (next == 'k') { cls = 'K'; i++; }
                    else if (next == 'e' || next == 'i' || next == 'y') cls = 'S';
                    else if (next == 'z') { cls = 'S'; i++; }
                    else cls = 'K';
                }
                case 's' -> {
                    cls = 'S';
                    if (next == 'h') i++;
                    else if (next == 'c' && i + 2 < n && s.charAt(i + 2) == 'h') i += 2;
                }
                case 'z', 'j' -> {
                    // pinyin j before i renders a k or g as often as a j (基恩 ji-en, Keene)
                    cls = pinyin && c == 'j' ? 'J' : 'S';
                    if (next == 'h') i++;
                }
                case 'x' -> {
                    if (pinyin) cls = 'J';
                    else {
                        append(out, 'K');
                        cls = 'S';
                    }
                }
                case 'l', 'r' -> cls = 'L';
                case 'm' -> cls = 'M';
                case 'n' -> cls = 'N';
                case 'h' -> cls = 'H';
                case 'e' -> {
                    // the pinyin syllable er (尔, 爾) renders a final r or l
                    if (pinyin && next == 'r' && (i == 0 || s.charAt(i - 1) == ' ')) { cls = 'L'; i++; }
                    else continue;
                }
                default -> { continue; } // vowels, glides, separators
            }
            append(out, cls);
        }
        // a final h is breath only (Sarah, Hannah)
        while (out.length() > 1 && out.charAt(out.length() - 1) == 'H') out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void append(StringBuilder out, char cls) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) == cls) return;
        out.append(cls);
    }

    /** Hebrew letters straight to classes: ICU writes צ as z and ש as s, and a geresh turns ג ז צ into j, zh, ch. */
    private static String hebrew(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char cls = switch (c) {
                case 'ב', 'פ', 'ף' -> 'P';
                case 'ג' -> i + 1 < word.length() && isGeresh(word.charAt(i + 1)) ? 'S' : 'K';
                case 'ד', 'ט', 'ת' -> 'T';
                case 'ז', 'ס', 'צ', 'ץ', 'ש' -> 'S';
                case 'ה', 'ח' -> 'H';
                case 'כ', 'ך', 'ק' -> 'K';
                case 'ל', 'ר' -> 'L';
                case 'מ', 'ם' -> 'M';
                case 'נ', 'ן' -> 'N';
                default -> 0; // א ו י ע: vowels and glides
            };
            if (cls != 0) append(out, cls);
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == 'H') out.setLength(out.length() - 1);
        return out.toString();
    }

    private static boolean isGeresh(char c) {
        return c == '\'' || c == '׳' || c == '’';
    }

    /**
     * Weighted edit distance: a liquid or an h added or dropped costs half, a soft g meets k or s for free, an h
     * meets k or s (ח, kh, Spanish j) for half; any other difference costs one.
     */
    static float distance(String a, String b) {
        int n = a.length(), m = b.length();
        float[] prev = new float[m + 1], cur = new float[m + 1];
        for (int j = 1; j <= m; j++) prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        for (int i = 1; i <= n; i++) {
            char x = a.charAt(i - 1);
            cur[0] = prev[0] + indel(x);
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                float best = prev[j - 1] + substitution(x, y);
                best = Math.min(best, prev[j] + indel(x));
                best = Math.min(best, cur[j - 1] + indel(y));
                cur[j] = best;
            }
            float[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static float indel(char c) {
        return WEAK.indexOf(c) >= 0 ? 0.5f : 1f;
    }

    private static float substitution(char x, char y) {
        if (x == y) return 0;
        if (x == 'Q' || y == 'Q') {
            char other = x == 'Q' ? y : x;
            return other == 'T' || other == 'S' ? 0 : 1;
        }
        if (x == 'J' || y == 'J') {
            char other = x == 'J' ? y : x;
            return other == 'S' || other == 'G' ? 0 : other == 'K' ? 0.5f : 1;
        }
        if (x == 'G' || y == 'G') {
            char other = x == 'G' ? y : x;
            return other == 'K' || other == 'S' ? 0 : 1;
        }
        if (x == 'H' || y == 'H') {
            char other = x == 'H' ? y : x;
            return other == 'K' || other == 'S' ? 0.5f : 1;
        }
        return 1;
    }
}
