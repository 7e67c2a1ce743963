package org.tangier.matching.mrz;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a clerk typed or a scanner sent into the MRZ's lines, and decides the format. Tolerant of what
 * people and devices do (surrounding blanks, lower case, lines separated by newlines or blanks, or run together
 * into one line), strict about what they must not (a line of the wrong length, a character outside A-Z 0-9 &lt;).
 */
final class MrzText {

    final MrzFormat format;
    final List<String> lines;

    private MrzText(MrzFormat format, List<String> lines) {
        this.format = format;
        this.lines = lines;
    }

    static MrzText read(CharSequence input) {
        if (input == null) {
            throw new MrzFormatException(0, 0, "no MRZ given", "missing");
        }
        String text = upperCaseAscii(input.toString().strip());
        if (text.isEmpty()) {
            throw new MrzFormatException(0, 0, "the MRZ is empty", "empty");
        }
        // MRZ characters never include blanks, so any run of white space separates lines.
        List<String> parts = List.of(text.split("\\s+"));
        MrzText mrz = switch (parts.size()) {
            case 1 -> fromOneLine(parts.getFirst());
            case 2, 3 -> fromLines(parts);
            default -> fromManyPieces(parts);
        };
        mrz.rejectForeignCharacters();
        return mrz;
    }

    private static MrzText fromOneLine(String s) {
        int n = s.length();
        return switch (n) {
            case 90 -> new MrzText(MrzFormat.TD1, split(s, 30));
            case 72 -> new MrzText(s.charAt(0) == 'V' ? MrzFormat.MRV_B : MrzFormat.TD2, split(s, 36));
            case 88 -> new MrzText(s.charAt(0) == 'V' ? MrzFormat.MRV_A : MrzFormat.TD3, split(s, 44));
            case 30 -> throw new MrzFormatException(1, 0, "only one line of 30 characters found; a TD1 MRZ has 3 lines", "one-line", 30, "TD1", 3);
            case 36 -> throw new MrzFormatException(1, 0, "only one line of 36 characters found; a TD2 or MRV-B MRZ has 2 lines", "one-line", 36, "TD2/MRV-B", 2);
            case 44 -> throw new MrzFormatException(1, 0, "only one line of 44 characters found; a TD3 or MRV-A MRZ has 2 lines", "one-line", 44, "TD3/MRV-A", 2);
            default -> throw new MrzFormatException(0, 0, "the MRZ has " + n + " characters in one line; "
                    + "TD1 has 90 (3 × 30), TD2 and MRV-B 72 (2 × 36), TD3 and MRV-A 88 (2 × 44)", "length", n);
        };
    }

    private static MrzText fromLines(List<String> lines) {
        MrzFormat format;
        if (lines.size() == 3) {
            format = MrzFormat.TD1;
        } else {
            // Decide by the longer line, so that one line missing a character is reported as such.
            int longest = Math.max(lines.get(0).length(), lines.get(1).length());
            boolean visa = lines.getFirst().charAt(0) == 'V';
            if (longest > 40) {
                format = visa ? MrzFormat.MRV_A : MrzFormat.TD3;
            } else {
                format = visa ? MrzFormat.MRV_B : MrzFormat.TD2;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            int n = lines.get(i).length();
            if (n != format.lineLength()) {
                throw new MrzFormatException(i + 1, 0, "line " + (i + 1) + " has " + n + " characters; a "
                        + format.displayName() + " line has " + format.lineLength(),
                        "line-length", i + 1, n, format.displayName(), format.lineLength());
            }
        }
        return new MrzText(format, List.copyOf(lines));
    }

    private static MrzText fromManyPieces(List<String> parts) {
        // A scanner or OCR that breaks one line into pieces: accept when the pieces add up to a whole MRZ.
        String joined = String.join("", parts);
        if (joined.length() == 90 || joined.length() == 72 || joined.length() == 88) {
            return fromOneLine(joined);
        }
        throw new MrzFormatException(0, 0, "the MRZ has " + parts.size() + " lines; TD1 has 3, TD2, TD3 and visas 2",
                "line-count", parts.size());
    }

    private void rejectForeignCharacters() {
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            for (int p = 0; p < line.length(); p++) {
                char c = line.charAt(p);
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<')) {
                    throw new MrzFormatException(l + 1, p + 1, "line " + (l + 1) + ", position " + (p + 1)
                            + ": character '" + c + "' is not allowed in an MRZ (A-Z, 0-9, <)",
                            "character", l + 1, p + 1, c);
                }
            }
        }
    }

    private static List<String> split(String s, int lineLength) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < s.length(); i += lineLength) {
            lines.add(s.substring(i, i + lineLength));
        }
        return List.copyOf(lines);
    }

    // Only a-z: full Unicode upper-casing would turn e.g. 'ß' into two characters and shift every position.
    private static String upperCaseAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] -= 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /** Characters {@code from} to {@code to} (1-based, inclusive) of a line (1-based). */
    String field(int line, int from, int to) {
        return lines.get(line - 1).substring(from - 1, to);
    }

    char at(int line, int position) {
        return lines.get(line - 1).charAt(position - 1);
    }
}
