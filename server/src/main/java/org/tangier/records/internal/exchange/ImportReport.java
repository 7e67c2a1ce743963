package org.tangier.records.internal.exchange;

import java.util.List;

/**
 * The answer to an import: how many records were created and updated, and each rejected line with its reason.
 * The list keeps the first {@link ImportBatcher#MAX_REPORTED} rejections; {@code rejectedCount} counts them all.
 */
public record ImportReport(long imported, long updated, long rejectedCount, List<Rejected> rejected) {

    /** @param column the CSV column or the field of the record that was refused, when known */
    public record Rejected(long line, String id, String column, String error) {
    }
}
