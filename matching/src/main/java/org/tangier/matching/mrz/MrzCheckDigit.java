package org.tangier.matching.mrz;

/**
 * The Doc 9303 check digit: characters valued {@code 0-9} as themselves, {@code A-Z} as 10-35, the filler
 * {@code <} as 0, weighted 7, 3, 1 repeating, summed modulo 10. The 7-3-1 weights catch every single-character
 * error and most transpositions of neighbours, which is why the standard chose them.
 */
public final class MrzCheckDigit {

    private MrzCheckDigit() {
    }

    /** The check digit (0-9) of {@code data}; throws if {@code data} holds a character an MRZ cannot. */
    public static int compute(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += value(data.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** {@link #compute} as the character that goes into an MRZ. */
    public static char of(CharSequence data) {
        return (char) ('0' + compute(data));
    }

    private static final int[] WEIGHTS = {7, 3, 1};

    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("character '" + c + "' is not allowed in an MRZ (A-Z, 0-9, <)");
    }
}
