package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * RFC 4180 rows over a {@link LineReader}: a quoted field may span lines; a row is numbered by its first line and
 * knows its last. A stray quote must not swallow the rows after it: a quoted field that runs past its line is kept
 * only if it closes within {@link #MAX_LINES_PER_ROW} lines, as RFC 4180 writes it (the closing quote followed by a
 * separator or the line's end), and the row then has the expected number of fields.
 * Otherwise the row's first line alone is rejected for its quote and the lines after it are read again as rows of
 * their own, so every line is imported, rejected or reported as consumed by the row before it.
 */
final class CsvReader {

    /** A quoted field spanning more lines than this is taken for a stray quote. */
    static final int MAX_LINES_PER_ROW = 100;

    private final LineReader lines;
    /** Lines read ahead for a quoted field that turned out to be a stray quote, to be read again. */
    private final Deque<Line> replay = new ArrayDeque<>();

    CsvReader(LineReader lines) {
        this.lines = lines;
    }

    /** @param lastLine the row's last line: greater than {@code line} when a quoted field spans lines */
    record Row(long line, long lastLine, List<String> fields, String error) {
    }

    private record Line(long number, String text, boolean tooLong) {
    }

    /** The next row, any number of fields (the header). */
    Row next() throws IOException {
        return next(0);
    }

    /** The next row; a row spanning lines is kept only with {@code expectedFields} fields (0: any number). */
    Row next(int expectedFields) throws IOException {
        Line first = line();
        if (first == null) {
            return null;
        }
        if (first.tooLong()) {
            return new Row(first.number(), first.number(), List.of(),
                    "the line is longer than " + LineReader.MAX_LINE_CHARS + " characters");
        }
        Parse parse = new Parse();
        if (parse.feed(first.text())) {
            return new Row(first.number(), first.number(), parse.fields, null);
        }
        List<Line> ahead = new ArrayList<>();
        while (ahead.size() + 1 < MAX_LINES_PER_ROW) {
            Line more = line();
            if (more == null) {
                break;
            }
            ahead.add(more);
            if (more.tooLong()) {
                break;
            }
            parse.field.append('\n');
            if (parse.feed(more.text())) {
                if (!parse.malformed && (expectedFields <= 0 || parse.fields.size() == expectedFields)) {
                    return new Row(first.number(), more.number(), parse.fields, null);
                }
                break;
            }
        }
        for (int i = ahead.size() - 1; i >= 0; i--) {
            replay.addFirst(ahead.get(i));
        }
        return new Row(first.number(), first.number(), List.of(), "a quote opened on this line is not closed on it"
                + " (a quoted field may span lines only if it closes and the row then has its fields); the next line"
                + " is read as a row of its own");
    }

    private Line line() throws IOException {
        if (!replay.isEmpty()) {
            return replay.removeFirst();
        }
        String text = lines.next();
        return text == null ? null : new Line(lines.lineNumber(), text, lines.tooLong());
    }

    /** The fields of a row as its lines come in; {@link #feed} says whether the row is complete. */
    private static final class Parse {
        final List<String> fields = new ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted;
        /** A closing quote followed by something else than a separator or the line's end: RFC 4180 has no such thing. */
        boolean malformed;

        boolean feed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                            malformed |= i + 1 < text.length() && text.charAt(i + 1) != ',';
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                return false;
            }
            fields.add(field.toString());
            return true;
        }
    }
}
