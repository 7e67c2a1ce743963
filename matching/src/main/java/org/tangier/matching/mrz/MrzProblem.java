package org.tangier.matching.mrz;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong in one field of an MRZ that still parsed: a check digit that does not match, an impossible
 * date, a sex that is none of {@code M F X <}. Screening can run on such an MRZ but should show the warning.
 *
 * @param field    the field at fault
 * @param line     1-based line of the MRZ
 * @param position 1-based character position within the line
 * @param message  what is wrong, without the location, e.g. {@code check digit 7 expected, 3 found (birth date)}
 * @param code     what is wrong as a stable word ({@code check-digit}, {@code not-letters}, {@code not-digits},
 *                 {@code sex}, {@code not-a-date}, {@code document-code-letter}, {@code document-code-letters},
 *                 {@code check-digit-missing}), for a caller that says it in the user's language
 * @param args     the values the message names, in its order (expected and found digit; the character found; the date)
 */
public record MrzProblem(MrzField field, int line, int position, String message, String code, List<String> args) {

    public MrzProblem(MrzField field, int line, int position, String message) {
        this(field, line, position, message, "other", List.of(message));
    }

    public MrzProblem {
        args = List.copyOf(args);
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 1 || line > 3) {
            throw new IllegalArgumentException("line must be 1 to 3: " + line);
        }
        if (position < 1 || position > 44) {
            throw new IllegalArgumentException("position must be 1 to 44: " + position);
        }
    }

    /** The message as a user should see it, e.g. {@code line 2, position 20: check digit 2 expected, 3 found (birth date)}. */
    public String describe() {
        return "line " + line + ", position " + position + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
