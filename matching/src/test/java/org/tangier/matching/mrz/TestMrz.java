package org.tangier.matching.mrz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds MRZs field by field with computed check digits, and reads the Doc 9303 specimens. */
final class TestMrz {

    private TestMrz() {
    }

    static String specimen(String name) {
        try (InputStream in = TestMrz.class.getResourceAsStream("/mrz/" + name + "-specimen.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pad(String s, int length) {
        if (s.length() > length) {
            throw new IllegalArgumentException(s + " longer than " + length);
        }
        return s + "<".repeat(length - s.length());
    }

    static char cd(String s) {
        return MrzCheckDigit.of(s);
    }

    static String td3(String state, String name, String number, String nationality, String birth, char sex,
                      String expiry, String personal) {
        String line1 = pad("P<" + state + name, 44);
        String n = pad(number, 9);
        String p = pad(personal, 14);
        String body = n + cd(n) + nationality + birth + cd(birth) + sex + expiry + cd(expiry) + p
                + (personal.isEmpty() ? '<' : cd(p));
        String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43);
        return line1 + "\n" + body + cd(composite);
    }

    /** A TD1 card; numbers longer than 9 characters use the overflow convention. */
    static String td1(String state, String number, String optional1, String birth, char sex, String expiry,
                      String nationality, String optional2, String name) {
        String numberPart;
        if (number.length() <= 9) {
            String n = pad(number, 9);
            numberPart = n + cd(n) + optional1;
        } else {
            numberPart = number.substring(0, 9) + "<" + number.substring(9) + cd(number) + "<" + optional1;
        }
        String line1 = pad("I<" + state + numberPart, 30);
        String line2 = birth + cd(birth) + sex + expiry + cd(expiry) + nationality + pad(optional2, 11);
        String composite = line1.substring(5) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29);
        return line1 + "\n" + line2 + cd(composite) + "\n" + pad(name, 30);
    }

    /** Replaces the character at a 1-based line and position. */
    static String replace(String mrz, int line, int position, char c) {
        String[] lines = mrz.split("\n");
        StringBuilder b = new StringBuilder(lines[line - 1]);
        b.setCharAt(position - 1, c);
        lines[line - 1] = b.toString();
        return String.join("\n", lines);
    }
}
