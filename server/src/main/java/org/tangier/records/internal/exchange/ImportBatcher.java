package org.tangier.records.internal.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tangier.platform.Caller;
import org.tangier.records.internal.RecordBatches;
import org.tangier.records.internal.RecordBatches.BatchItem;

/**
 * Cuts a stream of items into batches for {@link RecordBatches}, so that an import holds one batch in memory at a
 * time however long its input, and adds up the answer.
 */
final class ImportBatcher {

    /** Big enough that per-transaction and per-audit-entry costs vanish, small enough to stay a few megabytes. */
    static final int BATCH_SIZE = 500;
    /** A file of a million bad lines must not make a million-entry answer. */
    static final int MAX_REPORTED = 1000;

    private final RecordBatches batches;
    private final Caller caller;
    private final String source;
    private final int batchSize;
    private final List<BatchItem> pending = new ArrayList<>();
    private final Set<String> pendingIds = new HashSet<>();
    private final List<ImportReport.Rejected> rejected = new ArrayList<>();
    private final List<ImportReport.Consumed> consumed = new ArrayList<>();
    private long imported;
    private long updated;
    private long rejectedCount;
    private java.util.function.UnaryOperator<String> columnOf = field -> field;

    ImportBatcher(RecordBatches batches, Caller caller, String source) {
        this(batches, caller, source, BATCH_SIZE);
    }

    ImportBatcher(RecordBatches batches, Caller caller, String source, int batchSize) {
        this.batches = batches;
        this.caller = caller;
        this.source = source;
        this.batchSize = Math.min(batchSize, RecordBatches.MAX_BATCH);
    }

    /** How a refused record field is named to the user: a CSV column rather than the field of the record. */
    ImportBatcher columns(java.util.function.UnaryOperator<String> naming) {
        this.columnOf = naming;
        return this;
    }

    void add(BatchItem item) {
        String ext = item.draft().externalId();
        if (ext != null && !ext.isBlank() && !pendingIds.add(ext.strip())) {
            // the same id twice in a batch: write what came first, then this one replaces it
            flush();
            pendingIds.add(ext.strip());
        }
        pending.add(item);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** Records that a row starting on {@code line} read the lines after it, up to {@code through}. */
    void consumed(long line, long through) {
        if (consumed.size() < MAX_REPORTED) {
            consumed.add(new ImportReport.Consumed(line, through));
        }
    }

    void reject(long line, String id, String column, String error) {
        rejectedCount++;
        if (rejected.size() < MAX_REPORTED) {
            rejected.add(new ImportReport.Rejected(line, id, column, error));
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        RecordBatches.BatchResult result = batches.upsertBatch(caller, List.copyOf(pending), source);
        imported += result.created();
        updated += result.updated();
        for (RecordBatches.Rejection r : result.rejected()) {
            if (r.field() == null) {
                reject(r.line(), r.id(), null, r.error());
            } else {
                String column = columnOf.apply(r.field());
                String error = r.error().startsWith(r.field() + ": ") && !column.equals(r.field())
                        ? "column " + column + ": " + r.error().substring(r.field().length() + 2) : r.error();
                reject(r.line(), r.id(), column, error);
            }
        }
        pending.clear();
        pendingIds.clear();
    }

    ImportReport finish() {
        flush();
        List<ImportReport.Rejected> sorted = new ArrayList<>(rejected);
        sorted.sort(java.util.Comparator.comparingLong(ImportReport.Rejected::line));
        return new ImportReport(imported, updated, rejectedCount, sorted, List.copyOf(consumed));
    }
}
