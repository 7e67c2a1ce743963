package org.tangier.matching.mrz;

/**
 * The text is not an MRZ at all: wrong number of lines, a line of the wrong length, a character outside
 * {@code A-Z 0-9 <}. The message names the line and, where there is one, the position, so a clerk can fix it.
 */
public final class MrzFormatException extends IllegalArgumentException {

    private final int line;
    private final int position;

    MrzFormatException(int line, int position, String message) {
        super(message);
        this.line = line;
        this.position = position;
    }

    /** 1-based line at fault, or 0 when the problem is the MRZ as a whole (e.g. its length). */
    public int line() {
        return line;
    }

    /** 1-based position within {@link #line()}, or 0 when the problem is not at one character. */
    public int position() {
        return position;
    }
}
