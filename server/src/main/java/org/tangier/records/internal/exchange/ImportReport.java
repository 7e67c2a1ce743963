package org.tangier.records.internal.exchange;

import java.util.List;

/**
 * The answer to an import: how many records were created and updated, each rejected line with its reason, and the
 * lines a CSV row with a quoted field spanning lines consumed. Every input line is in one of these. The lists keep the
 * first {@link ImportBatcher#MAX_REPORTED} entries; {@code rejectedCount} counts all rejections.
 */
public record ImportReport(long imported, long updated, long rejectedCount, List<Rejected> rejected, List<Consumed> consumed) {

    /** Lines {@code line + 1} to {@code through} belong to the row that starts on {@code line} (a quoted field). */
    public record Consumed(long line, long through) {
    }

    /** @param column the CSV column or the field of the record that was refused, when known */
    public record Rejected(long line, String id, String column, String error) {
    }
}
