package org.tangier.platform;

/**
 * What a name or text from outside may contain. Refused: NUL and the other C0 and C1 control characters (tab, line
 * feed and carriage return excepted: remarks and messages have lines, an MRZ has two or three), the bidi embedding,
 * override and isolate controls that make a stored name display as another (U+202A-U+202E, U+2066-U+2069), and
 * surrogates without their pair, which no database stores as written. PostgreSQL refuses a NUL outright, so without
 * this check a NUL reaches the database as a 500.
 */
public final class Texts {

    private Texts() {
    }

    /** Why {@code text} may not be stored ("contains the control character U+0000 at position 3"), or null if it may. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            String kind = kind(c);
            if (kind != null) {
                return "contains " + kind + " U+" + String.format("%04X", (int) c) + " at position " + (i + 1);
            }
        }
        return null;
    }

    /** Refuses {@code text} with a 400 naming {@code field} if it may not be stored, in the caller's language. */
    public static String require(String field, String text) {
        String problem = problem(text);
        if (problem != null) {
            int at = Integer.parseInt(problem.substring(problem.lastIndexOf(' ') + 1));
            char c = text.charAt(at - 1);
            throw ProblemException.invalid(field, "text." + kind(c).replace("the ", "").replace("an ", "").replace(' ', '-'),
                    String.format("%04X", (int) c), String.valueOf(at));
        }
        return text;
    }

    private static String kind(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return null;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "the control character";
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return "the bidirectional formatting character";
        }
        if (Character.isSurrogate(c)) {
            return "an unpaired surrogate";
        }
        return null;
    }
}
