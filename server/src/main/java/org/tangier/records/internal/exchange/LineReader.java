package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream with a cap on their length, so that one endless line cannot exhaust memory: a
 * longer line is skipped to its end and reported as too long. Counts lines from 1 as editors do.
 */
final class LineReader {

    /** An FtM entity with many names and notes is a few kilobytes; a megabyte is far beyond any honest line. */
    static final int MAX_LINE_CHARS = 1 << 20;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final int maxChars;
    private int pos;
    private int end;
    private long lineNumber;
    private boolean tooLong;

    LineReader(InputStream stream) {
        this(stream, MAX_LINE_CHARS);
    }

    LineReader(InputStream stream, int maxChars) {
        this.in = new InputStreamReader(stream, StandardCharsets.UTF_8);
        this.maxChars = maxChars;
    }

    /** The next line without its line break, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = null;
        tooLong = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (line == null) {
                        return null;
                    }
                    lineNumber++;
                    return finish(line);
                }
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            if (line == null) {
                line = new StringBuilder(Math.min(pos - start + 16, 4096));
            }
            if (!tooLong) {
                if (line.length() + (pos - start) > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, pos - start);
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                lineNumber++;
                return finish(line);
            }
        }
    }

    private static String finish(StringBuilder line) {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        return line.toString();
    }

    /** Whether the line just read was longer than the cap (and so came back empty). */
    boolean tooLong() {
        return tooLong;
    }

    long lineNumber() {
        return lineNumber;
    }
}
