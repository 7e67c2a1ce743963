package org.tangier.matching.identifier;

import java.text.Normalizer;

/** The character clean-up shared by identifier numbers: what a clerk's keyboard or a form may send. */
final class Text {

    private Text() {
    }

    /**
     * Compatibility-normalised (full-width letters become ASCII), every decimal digit of any script made ASCII
     * (Arabic-Indic ٠١٢, Persian ۰۱۲, Devanagari...), Latin letters upper-cased, and the separators people type
     * inside numbers ({@code space - . / _}) removed.
     */
    static String compact(String raw) {
        String s = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == '/' || c == '_'
                    || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014') {
                continue;
            }
            if (Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (c >= 'a' && c <= 'z') {
                b.append((char) (c - 'a' + 'A'));
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** The first character that is not an ASCII letter or digit, as a message fragment; null if none. */
    static String firstForeign(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return what + " may hold only letters A-Z and digits; '" + s.substring(i, s.offsetByCodePoints(i, 1))
                        + "' found at position " + (i + 1);
            }
        }
        return null;
    }

    /**
     * Folds the characters clerks and OCR confuse onto one: O and Q onto 0, I and L onto 1, Z onto 2, S onto 5,
     * B onto 8, G onto 6. Used for lookup keys only: two numbers that fold alike are candidates, and the exact
     * number decides how strong the match is.
     */
    static String foldConfusables(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case 'O', 'Q' -> '0';
                case 'I', 'L' -> '1';
                case 'Z' -> '2';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'G' -> '6';
                default -> chars[i];
            };
        }
        return new String(chars);
    }
}
