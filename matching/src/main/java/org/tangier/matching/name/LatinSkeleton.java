package org.tangier.matching.name;

/**
 * Reduces a folded Latin name part to consonant classes, the part of a name that survives transliteration.
 *
 * <p>The classes merge the letters that transliterations of the same Arabic letter use (q, k, kh, gh, c all
 * write a velar; ch, sh, sch write ش), drop the vowels and the semi-vowels inside a word (Arabic script does
 * not write short vowels, and Latin spellings vary them freely) and collapse doubled consonants (shadda is
 * rarely written). A vowel at the start of a word is kept as the marker {@code A}, because Arabic writes it
 * (as alef or ʿayn): without it Ahmad and Hamad would share a skeleton.
 *
 * <p>The classes were checked against the Wikidata English–Arabic name pairs: see
 * {@code TransliterationAgreementTest}.
 */
final class LatinSkeleton {
    private LatinSkeleton() {}

    static String skeleton(String ascii) {
        return encode(ascii, SKELETON);
    }

    /** Like the skeleton, with one lower-case {@code a} per vowel run, so vowel positions still count. */
    static String phonetic(String ascii) {
        return encode(ascii, PHONETIC);
    }

    /**
     * The skeleton with the vowel letters of each gap kept in lower case ("HaSSaN" reads H, a, S, a, N with the
     * doubled S collapsed): for checking the long vowels Arabic writes against the Latin vowels.
     */
    /**
     * The vowels of a folded Latin part in their groups, every other letter written as the mark C: "mcelroy" is
     * "CaCeCCoy" (Mc is read Mac), "kogure" "CoCuCe". Unlike {@link #vocalised} no consonant is merged with its neighbour, so two vowel
     * groups stay two (Kogure's o and u), for telling whether the long vowels an Arabic spelling writes find their
     * place. A w or y before a vowel is a consonant (Lukasiewicz: ie, i; Iago: ia, o is not; Yago: a, o); a w after
     * a vowel closes its group (Howells: ow).
     */
    static String vowelGroups(String ascii) {
        // the Gaelic Mc is Mac, and Arabic writes its a (Mcelroy, ماكيلروي)
        if (ascii.length() >= 4 && ascii.startsWith("mc")) ascii = "mac" + ascii.substring(2);
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean nextVowel = i + 1 < ascii.length() && "aeiou".indexOf(ascii.charAt(i + 1)) >= 0;
            boolean vowel = "aeiou".indexOf(c) >= 0
                    || (c == 'y' && !nextVowel)
                    || (c == 'w' && !nextVowel && i > 0 && "aeiouy".indexOf(ascii.charAt(i - 1)) >= 0);
            out.append(vowel ? c : 'C');
        }
        return out.toString();
    }

    static String vocalised(String ascii) {
        // as in vowelGroups: Mc is Mac (Mcdonald, ماكدونالد)
        if (ascii.length() >= 4 && ascii.startsWith("mc")) ascii = "mac" + ascii.substring(2);
        return encode(ascii, VOCALISED);
    }

    private static final int SKELETON = 0, PHONETIC = 1, VOCALISED = 2;

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static String encode(String s, int mode) {
        boolean keepVowels = mode == PHONETIC, vocalised = mode == VOCALISED;
        StringBuilder out = new StringBuilder(s.length() + 2);
        int n = s.length();
        int i = 0;
        // the start of the word: a vowel is written in Arabic, y/w/ou + vowel are consonants
        if (n > 0) {
            char c = s.charAt(0);
            if ((c == 'y' || c == 'w') && n > 1 && vowel(s.charAt(1))) {
                out.append(c == 'y' ? 'Y' : 'W');
                i = 1;
            } else if (c == 'o' && n > 2 && s.charAt(1) == 'u' && vowel(s.charAt(2))) {
                out.append('W'); // French "Ou" for و: Ouassim, Oualid
                i = 2;
            } else if (c == 'w') {
                out.append('W');
                i = 1;
            } else if (vowel(c)) {
                out.append(keepVowels ? 'a' : 'A');
                while (i < n && vowel(s.charAt(i))) {
                    if (vocalised) out.append(s.charAt(i));
                    i++;
                }
            }
        }
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char cls;
            int len = 1;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> {
                    while (i < n && (vowel(s.charAt(i)) || s.charAt(i) == 'w')) {
                        if (vocalised) out.append(s.charAt(i));
                        i++;
                    }
                    // a final h after a vowel is the ta marbuta or a silent h: Fatimah, Fatima
                    if (i == n - 1 && s.charAt(i) == 'h') i++;
                    if (keepVowels && (out.isEmpty() || out.charAt(out.length() - 1) != 'a')) out.append('a');
                    continue;
                }
                case 's' -> {
                    if (next == 'h') { cls = 'X'; len = 2; }
                    else if (next == 'c' && i + 2 < n && s.charAt(i + 2) == 'h') { cls = 'X'; len = 3; }
                    else if (next == 'z') { cls = 'X'; len = 2; } // Polish sz
                    else cls = 'S';
                }
                case 'c' -> {
                    if (next == 'h' && i + 2 < n && (s.charAt(i + 2) == 'r' || s.charAt(i + 2) == 'l')) { cls = 'K'; len = 2; } // Christian
                    else if (next == 'h') { cls = 'X'; len = 2; }
                    else if (next == 'k') { cls = 'K'; len = 2; }
                    else if (next == 'e' || next == 'i' || next == 'y') cls = 'S';
                    else cls = 'K';
                }
                case 't' -> {
                    if (next == 'h') { cls = 'T'; len = 2; }
                    else if (next == 'c' && i + 2 < n && s.charAt(i + 2) == 'h') { cls = 'X'; len = 3; }
                    else if (next == 's' && i + 2 < n && s.charAt(i + 2) == 'h') { cls = 'X'; len = 3; }
                    else if (next == 's' && i + 3 < n && s.charAt(i + 2) == 'c' && s.charAt(i + 3) == 'h') { cls = 'X'; len = 4; } // Kitsch
                    else cls = 'T';
                }
                case 'k' -> { cls = 'K'; if (next == 'h') len = 2; }
                case 'g' -> {
                    // a soft g is written ج in Arabic (George, Gerhard, Gilani); gh is غ
                    if (next == 'u' && i + 2 < n && (s.charAt(i + 2) == 'e' || s.charAt(i + 2) == 'i')) { cls = 'K'; len = 2; } // Guidi, Guillermo
                    else if (next == 'e' || next == 'i' || next == 'y') cls = 'J';
                    else { cls = 'K'; if (next == 'h') len = 2; }
                }
                case 'q' -> { cls = 'K'; if (next == 'u' && i + 2 < n && vowel(s.charAt(i + 2))) len = 2; }
                case 'd' -> {
                    if (next == 'h') { cls = 'D'; len = 2; }
                    else if (next == 'j') { cls = 'J'; len = 2; } // French Dj for ج: Djamel
                    else cls = 'D';
                }
                // z and s share a class in the skeleton: Arabic writes a voiced Latin s as ز (Sanders, Isabella)
                case 'z' -> { if (next == 'h') { cls = 'J'; len = 2; } else cls = keepVowels ? 'Z' : 'S'; }
                case 'p' -> { if (next == 'h') { cls = 'F'; len = 2; } else cls = 'B'; }
                case 'b' -> cls = 'B';
                case 'f', 'v' -> cls = 'F';
                case 'j' -> cls = 'J';
                case 'x' -> {
                    appendClass(out, 'K', vocalised);
                    cls = 'S';
                }
                case 'h' -> cls = 'H';
                case 'l' -> cls = 'L';
                case 'm' -> cls = 'M';
                case 'n' -> cls = 'N';
                case 'r' -> cls = 'R';
                default -> { i++; continue; } // apostrophes, hyphens and anything left unfolded
            }
            appendClass(out, cls, vocalised);
            i += len;
        }
        // a final h (ta marbuta, Abdallah) is not written consistently in either script
        int end = out.length();
        if (vocalised) {
            int last = end - 1;
            while (last >= 0 && Character.isLowerCase(out.charAt(last))) last--;
            if (last > 0 && out.charAt(last) == 'H') out.deleteCharAt(last);
            return out.toString();
        }
        while (end > 1 && out.charAt(end - 1) == 'H') end--;
        out.setLength(end);
        return out.toString();
    }

    private static void appendClass(StringBuilder out, char cls, boolean vocalised) {
        if (vocalised) {
            // a consonant the skeleton collapses (Hasas: HS) leaves its vowels in the gap before it
            for (int k = out.length() - 1; k >= 0; k--) {
                char c = out.charAt(k);
                if (Character.isLowerCase(c)) continue;
                if (c == cls) return;
                break;
            }
            out.append(cls);
            return;
        }
        if (!out.isEmpty() && out.charAt(out.length() - 1) == cls) return; // doubled consonant
        out.append(cls);
    }
}
