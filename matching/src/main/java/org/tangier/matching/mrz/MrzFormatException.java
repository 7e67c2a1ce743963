package org.tangier.matching.mrz;

import java.util.List;

/**
 * The text is not an MRZ at all: wrong number of lines, a line of the wrong length, a character outside
 * {@code A-Z 0-9 <}. The message names the line and, where there is one, the position, so a clerk can fix it; the
 * {@link #code() code} and {@link #args() values} let a caller say the same in the user's language.
 */
public final class MrzFormatException extends IllegalArgumentException {

    private final int line;
    private final int position;
    private final String code;
    private final List<String> args;

    MrzFormatException(int line, int position, String message, String code, Object... args) {
        super(message);
        this.line = line;
        this.position = position;
        this.code = code;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    /**
     * What is wrong as a stable word: {@code missing}, {@code empty}, {@code one-line} (one line where the format has
     * more), {@code length} (one run of characters no format has), {@code line-length}, {@code line-count},
     * {@code character} (outside A-Z 0-9 &lt;).
     */
    public String code() {
        return code;
    }

    /** The values the message names, in its order (e.g. for {@code line-length}: line, length, format, expected). */
    public List<String> args() {
        return args;
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
