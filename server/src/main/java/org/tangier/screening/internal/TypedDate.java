package org.tangier.screening.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as an officer types it at the border, read into the ISO form screening compares: 31/12/1980,
 * 31.12.1980 and 31-12-1980 (day first, as on travel documents and in the member countries), 1980-12-31, 12/1980,
 * 1980, in Western or Arabic-Indic digits. Month-first 12/31/1980 is read when the day cannot be the first number.
 * Anything else is passed on as typed, for screening to refuse with its message.
 */
final class TypedDate {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-\\s](\\d{1,2})[/.\\-\\s](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-\\s](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");

    private TypedDate() {
    }

    static String iso(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = westernDigits(typed.strip());
        Matcher m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // day first unless the first number cannot be a day of a month whose number is the second
            return b > 12 && a <= 12 ? date(m.group(3), a, b) : date(m.group(3), b, a);
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return m.group(2) + "-" + two(Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            if (m.group(2) == null) {
                return m.group(1);
            }
            return m.group(3) == null ? m.group(1) + "-" + two(Integer.parseInt(m.group(2)))
                    : date(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return typed.strip();
    }

    private static String date(String year, int month, int day) {
        return year + "-" + two(month) + "-" + two(day);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits to 0-9, the separators kept. */
    private static String westernDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + c - '\u06F0'));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
