package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 rows over a {@link LineReader}: a quoted field may span lines; a row is numbered by its first line. */
final class CsvReader {

    /** A quoted field left open swallows the rest of the file; stop it after this many lines. */
    static final int MAX_LINES_PER_ROW = 100;

    private final LineReader lines;

    CsvReader(LineReader lines) {
        this.lines = lines;
    }

    record Row(long line, List<String> fields, String error) {
    }

    Row next() throws IOException {
        String text = lines.next();
        if (text == null) {
            return null;
        }
        long first = lines.lineNumber();
        if (lines.tooLong()) {
            return new Row(first, List.of(), "the line is longer than " + LineReader.MAX_LINE_CHARS + " characters");
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int spanned = 1;
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
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
            if (!quoted) {
                fields.add(field.toString());
                return new Row(first, fields, null);
            }
            String more = spanned < MAX_LINES_PER_ROW ? lines.next() : null;
            if (more == null) {
                return new Row(first, fields, "a quoted field opened on this line is never closed");
            }
            spanned++;
            field.append('\n');
            text = more;
        }
    }
}
