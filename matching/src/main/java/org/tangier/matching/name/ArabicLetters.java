package org.tangier.matching.name;

/**
 * Arabic-script name parts (Arabic and Persian letters): folding of letter variants, the consonant skeleton
 * comparable with {@link LatinSkeleton}, and a readable Latin form.
 *
 * <p>Short vowels are not written in Arabic names, so the skeleton keeps only consonants; alef, waw and ya
 * inside a word are long vowels (or semi-vowels that Latin spellings write as vowels) and are dropped, as
 * {@link LatinSkeleton} drops Latin vowels. The letter classes were checked against the Wikidata
 * English–Arabic name pairs ({@code TransliterationAgreementTest}).
 */
final class ArabicLetters {
    private ArabicLetters() {}

    /** Removes harakat and tatweel and folds the letter variants that spellings of one name swap freely. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue;
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ی', 'ئ' -> 'ي';
                case 'ة', 'ہ', 'ھ', 'ۀ', 'ۃ' -> 'ه'; // Urdu and Persian forms of heh: اللہ is الله
                case 'ے', 'ۓ' -> 'ي';
                case 'ؤ' -> 'و';
                case 'ک' -> 'ك';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Consonant classes of a folded token, in the alphabet of {@link LatinSkeleton}. */
    static String skeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char cls = letterClass(folded, i);
            if (cls == 0) continue;
            if (!out.isEmpty() && out.charAt(out.length() - 1) == cls) continue;
            out.append(cls);
        }
        int end = out.length();
        while (end > 1 && out.charAt(end - 1) == 'H') end--;
        out.setLength(end);
        return out.toString();
    }

    /** The consonant class of the letter at {@code i}, or 0 for a letter the skeleton drops. */
    private static char letterClass(String folded, int i) {
        int n = folded.length();
        char c = folded.charAt(i);
        return switch (c) {
            case 'ب', 'پ' -> 'B';
            case 'ت' -> (i + 1 < n && folded.charAt(i + 1) == 'ش') ? (char) 0 : 'T'; // تش writes the English ch
            case 'ط', 'ث' -> 'T';
            case 'ج' -> 'J';
            case 'ژ' -> 'J';
            case 'چ', 'ش' -> 'X';
            case 'ح', 'ه' -> 'H';
            case 'خ', 'غ', 'ق', 'ك', 'گ' -> 'K';
            case 'د', 'ض', 'ذ', 'ظ' -> 'D';
            case 'ر' -> 'R';
            case 'ز' -> 'S';
            case 'س', 'ص' -> 'S';
            case 'ف', 'ڤ' -> 'F';
            case 'ل' -> 'L';
            case 'م' -> 'M';
            case 'ن' -> 'N';
            case 'ا', 'ع' -> i == 0 ? 'A' : (char) 0;
            case 'و' -> i == 0 ? 'W' : (char) 0;
            case 'ي' -> i == 0 ? 'Y' : (char) 0;
            default -> (char) 0; // hamza and anything unknown
        };
    }

    /**
     * The skeleton with the long vowels Arabic writes, in lower case, in the gap where they stand: a for ا,
     * u for و, i for ي (حسين: H S i N). Word-initial letters stay the skeleton's markers; a final ه is the
     * ta marbuta, read a. For checking them against the vowels of a Latin spelling.
     */
    static String vocalised(String folded) {
        String skeleton = skeleton(folded);
        StringBuilder out = new StringBuilder(folded.length() + 2);
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            char vowel = i == 0 ? 0 : switch (c) {
                case 'ا' -> 'a';
                case 'و' -> 'u';
                case 'ي' -> 'i';
                default -> (char) 0;
            };
            if (vowel != 0) {
                out.append(vowel);
                continue;
            }
            char cls = letterClass(folded, i);
            if (cls == 0) continue;
            int k = out.length() - 1;
            while (k >= 0 && Character.isLowerCase(out.charAt(k))) k--;
            if (k >= 0 && out.charAt(k) == cls) continue;
            out.append(cls);
        }
        // the skeleton drops final h sounds; so does this (the ta marbuta reads as a vowel)
        int consonants = 0;
        for (int k = 0; k < out.length(); k++) if (!Character.isLowerCase(out.charAt(k))) consonants++;
        while (consonants > skeleton.length()) {
            int last = out.length() - 1;
            while (Character.isLowerCase(out.charAt(last))) last--;
            boolean marbuta = folded.charAt(n - 1) == 'ه' && last == out.length() - 1;
            out.deleteCharAt(last);
            if (marbuta) out.append('a');
            consonants--;
        }
        return out.toString();
    }

    /** A readable, loss-tolerant Latin form: حموشي → hmushi. Only for explanations, never compared. */
    static String latin(String folded) {
        StringBuilder out = new StringBuilder(folded.length() + 4);
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            boolean first = i == 0;
            boolean last = i == n - 1;
            out.append(switch (c) {
                case 'ا' -> "a";
                case 'ب' -> "b";
                case 'پ' -> "p";
                case 'ت', 'ط' -> "t";
                case 'ث' -> "th";
                case 'ج' -> "j";
                case 'ژ' -> "zh";
                case 'چ' -> "ch";
                case 'ح' -> "h";
                case 'خ' -> "kh";
                case 'د', 'ض' -> "d";
                case 'ذ', 'ظ' -> "dh";
                case 'ر' -> "r";
                case 'ز' -> "z";
                case 'س', 'ص' -> "s";
                case 'ش' -> "sh";
                case 'ع' -> first ? "a" : "'";
                case 'غ' -> "gh";
                case 'ف', 'ڤ' -> "f";
                case 'ق' -> "q";
                case 'ك', 'گ' -> c == 'گ' ? "g" : "k";
                case 'ل' -> "l";
                case 'م' -> "m";
                case 'ن' -> "n";
                case 'ه' -> last ? "a" : "h";
                case 'و' -> first ? "w" : "u";
                case 'ي' -> first ? "y" : "i";
                case 'ء' -> "'";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
