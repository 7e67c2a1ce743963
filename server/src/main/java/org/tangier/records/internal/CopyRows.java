package org.tangier.records.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format: one line a row, columns separated by a tab,
 * {@code \N} for null, and a backslash, tab, newline or carriage return inside a value escaped with a backslash. The
 * import writes its new records, their keys, version rows and links this way on PostgreSQL (issue 19,
 * docs/exchange.md): one stream per table and batch instead of a multi-row insert of thousands of parameters that the
 * server parses and plans. It runs on the caller's connection, so inside its transaction.
 */
final class CopyRows {

    private final String table;
    private final StringBuilder text = new StringBuilder(8192);
    private int rows;
    private boolean rowStarted;

    /** @param table the table and its columns, as in {@code COPY <table> FROM STDIN}: {@code record_key (record_id, key_value)} */
    CopyRows(String table) {
        this.table = table;
    }

    /** Whether this connection is PostgreSQL's driver (else the caller writes with ordinary statements). */
    static boolean supported(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    CopyRows add(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        // the stretches between special characters are appended whole
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                text.append(value, from, i).append('\\').append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
                from = i + 1;
            }
        }
        text.append(value, from, value.length());
        return this;
    }

    CopyRows add(UUID value) {
        return value == null ? add((String) null) : raw(value.toString());
    }

    CopyRows add(int value) {
        separate();
        text.append(value);
        return this;
    }

    CopyRows add(LocalDate value) {
        return value == null ? add((String) null) : raw(value.toString());
    }

    /** An instant in ISO 8601 with its zone ({@code Z}), for a {@code timestamp with time zone} column. */
    CopyRows add(Instant value) {
        if (value == null) {
            return add((String) null);
        }
        if (!value.equals(lastInstant)) {
            // an import batch writes one instant on every row: formatted once
            lastInstant = value;
            lastInstantText = value.toString();
        }
        return raw(lastInstantText);
    }

    private Instant lastInstant;
    private String lastInstantText;

    /**
     * A value of a JDBC batch row: {@code null}, a string, a UUID, an integer, a {@link java.sql.Timestamp} or an
     * instant (for {@code timestamp with time zone}), a {@link java.sql.Date} or a local date.
     */
    CopyRows value(Object value) {
        return switch (value) {
            case null -> add((String) null);
            case String s -> add(s);
            case UUID u -> add(u);
            case Integer i -> add(i.intValue());
            case java.sql.Timestamp t -> add(t.toInstant());
            case Instant t -> add(t);
            case java.sql.Date d -> add(d.toLocalDate());
            case LocalDate d -> add(d);
            default -> throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
        };
    }

    /** Adds a row of values ({@link #value}) and ends it. */
    CopyRows row(Object... values) {
        for (Object v : values) {
            value(v);
        }
        return end();
    }

    /** Ends the current row. */
    CopyRows end() {
        text.append('\n');
        rows++;
        rowStarted = false;
        return this;
    }

    int rows() {
        return rows;
    }

    /** What {@link #copy} sends, for tests. */
    String text() {
        return text.toString();
    }

    /** Sends the rows on this connection (PostgreSQL's) in one {@code COPY}; answers the rows the server stored. */
    long copy(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        if (rowStarted) {
            throw new IllegalStateException("a row of " + table + " was not ended");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private CopyRows raw(String value) {
        separate();
        text.append(value);
        return this;
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
