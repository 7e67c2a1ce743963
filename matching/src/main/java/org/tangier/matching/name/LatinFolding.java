package org.tangier.matching.name;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings Latin, Cyrillic, Greek and other non-Arabic scripts to lower-case ASCII with ICU4J. Cyrillic and
 * Greek use the BGN/UNGEGN romanisations, the ones travel documents and gazetteers use, rather than ICU's
 * scholarly default (Юрьевич becomes yuryevich, not ur'evic).
 */
final class LatinFolding {
    private LatinFolding() {}

    // ICU transliterators are not safe for concurrent use; one set per thread.
    private static final ThreadLocal<Transliterator> CYRILLIC = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> GREEK = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Greek-Latin/UNGEGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Latin-ASCII"));

    static String toAscii(String token, Script script) {
        String latin = switch (script) {
            case LATIN -> asciiLatin(token);
            case CYRILLIC -> CYRILLIC.get().transliterate(token);
            case GREEK -> GREEK.get().transliterate(token);
            default -> ANY.get().transliterate(token);
        };
        return keepLetters(latin.toLowerCase(Locale.ROOT));
    }

    private static String asciiLatin(String token) {
        boolean ascii = true;
        for (int i = 0; i < token.length() && ascii; i++) ascii = token.charAt(i) < 128;
        if (ascii) return token;
        String composed = Normalizer.normalize(token, Normalizer.Form.NFC);
        return LATIN.get().transliterate(slavicDigraphs(composed));
    }

    /** Whether a Latin word has one of the letters {@link #slavicDigraphs} spells out. */
    static boolean hasSlavicLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 && "čćČĆšŠşŞșȘžŽđĐ".indexOf(c) >= 0) return true;
        }
        return false;
    }

    /** Lower-case ASCII by plain Latin-ASCII: č as c, đ as d, as a writer without the diacritics types them. */
    static String plainAscii(String word) {
        return keepLetters(LATIN.get().transliterate(Normalizer.normalize(word, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT));
    }

    /**
     * Latin-ASCII folds č and ć to c, but they sound (and are transliterated into Arabic and Cyrillic) as ch:
     * Kastratović is كاستراتوفيتش. Same for š, ž, đ.
     */
    private static String slavicDigraphs(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'č', 'ć', 'Č', 'Ć' -> "ch";
                case 'š', 'Š', 'ş', 'Ş', 'ș', 'Ș' -> "sh";
                case 'ž', 'Ž' -> "zh";
                case 'đ', 'Đ' -> "dj";
                default -> null;
            };
            if (r != null && out == null) out = new StringBuilder(s.length() + 4).append(s, 0, i);
            if (out != null) {
                if (r != null) out.append(r);
                else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Keeps letters, and the hyphens and dots that separate name parts; drops apostrophes and ʿayn marks. */
    private static String keepLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || c == '-' || c == '.') out.append(c);
        }
        return out.toString();
    }
}
