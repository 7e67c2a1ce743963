package org.tangier.matching.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vehicle identification number (ISO 3779): 17 characters, digits and capital letters except I, O and Q.
 *
 * <p>Position 9 is a check digit in North America (world manufacturer identifiers starting 1-5), where it is
 * mandatory; a VIN from there that fails it is mistyped and rejected. Elsewhere, Europe in particular, position 9
 * is often an ordinary character, so a mismatch is only reported in {@link #warnings()}.
 *
 * <p>Because I, O and Q never occur in a VIN, a clerk's I, O or Q can only mean 1, 0, 0: they are read as such,
 * with a warning, rather than rejected.
 *
 * @param value              the 17 characters
 * @param checkDigitMatches  whether position 9 matches the ISO 3779 / North-American check digit
 * @param warnings           what was corrected or is doubtful, for the user; empty for a clean VIN
 */
public record Vin(String value, boolean checkDigitMatches, List<String> warnings) {

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    public Vin {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
        if (value.length() != 17) {
            throw new InvalidIdentifierException("a VIN has 17 characters, " + value.length() + " found");
        }
        for (int i = 0; i < 17; i++) {
            char c = value.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) || c == 'I' || c == 'O' || c == 'Q') {
                throw new InvalidIdentifierException("position " + (i + 1) + ": '" + c
                        + "' is not used in VINs (digits and capital letters except I, O, Q)");
            }
        }
    }

    public static Vin of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException("a VIN is required");
        }
        String s = Text.compact(raw);
        if (s.length() != 17) {
            throw new InvalidIdentifierException("a VIN has 17 characters, " + s.length() + " found");
        }
        List<String> warnings = new ArrayList<>();
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < 17; i++) {
            char c = b.charAt(i);
            char digit = switch (c) {
                case 'I' -> '1';
                case 'O', 'Q' -> '0';
                default -> c;
            };
            if (digit != c) {
                b.setCharAt(i, digit);
                warnings.add("position " + (i + 1) + ": " + c + " read as " + digit + " (VINs never use I, O, Q)");
            } else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw new InvalidIdentifierException("position " + (i + 1) + ": '" + c
                        + "' is not used in VINs (digits and capital letters except I, O, Q)");
            }
        }
        String value = b.toString();
        char expected = checkDigit(value);
        char found = value.charAt(8);
        boolean matches = expected == found;
        if (!matches) {
            String message = "position 9: check digit " + expected + " expected, " + found + " found";
            if (value.charAt(0) >= '1' && value.charAt(0) <= '5') {
                throw new InvalidIdentifierException(message + "; North-American VINs always carry one, so a character is mistyped");
            }
            warnings.add(message + " (not every VIN outside North America uses one)");
        }
        return new Vin(value, matches, warnings);
    }

    /** The ISO 3779 / FMVSS 115 check digit of a 17-character VIN: {@code 0-9} or {@code X} for ten. */
    public static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    // Letters take the values 1-9 in runs (A-H, J-R, S-Z), skipping I, O, Q.
    private static int transliterate(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'H') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'N') {
            return c - 'J' + 1;
        }
        if (c == 'P') {
            return 7;
        }
        if (c == 'R') {
            return 9;
        }
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 2;
        }
        throw new InvalidIdentifierException("'" + c + "' is not used in VINs");
    }

    /** The world manufacturer identifier, positions 1-3. */
    public String manufacturer() {
        return value.substring(0, 3);
    }

    /** The key for {@code KeyIndex}: the VIN itself. */
    public String lookupKey() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
