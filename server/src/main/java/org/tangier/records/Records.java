package org.tangier.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.tangier.platform.Caller;

/**
 * The shared databases. Every method that takes a {@link Caller} applies the access rules and writes the audit log;
 * the system-level ones ({@link #snapshot}, {@link #forEachActive}) are for parts that apply the rules themselves.
 */
public interface Records {

    RecordView create(Caller caller, RecordDraft draft);

    /** Creates, or replaces the record with the same external id of the caller's agency. */
    UpsertResult upsert(Caller caller, RecordDraft draft);

    RecordView update(Caller caller, UUID id, int expectedVersion, RecordDraft draft);

    RecordView cancel(Caller caller, UUID id, String reason);

    /** The record if the caller's agency may see it; a record it may not see is reported as not found. */
    Optional<RecordView> read(Caller caller, UUID id, String purpose);

    List<RecordView> search(Caller caller, RecordSearch search, String purpose);

    List<RecordVersion> history(Caller caller, UUID id);

    void link(Caller caller, UUID from, UUID to, String relation);

    /** Streams every record of a type the caller's agency may see (exports), audited as one export. */
    void forEachVisible(Caller caller, RecordType type, String purpose, Consumer<RecordView> consumer);

    /** The caller's agency's active records whose review-by date falls within {@code days} from today (or has passed). */
    List<RecordView> reviewDue(Caller caller, int days);

    /** Moves a record's review-by date later, with the reason the owner still needs it. */
    RecordView extendReview(Caller caller, UUID id, java.time.LocalDate reviewBy, String reason);

    Optional<RecordSnapshot> snapshot(UUID id);

    /** The record's photo, system-level: the caller applies the access rules and writes the audit (screening). */
    Optional<RecordPhoto> photo(UUID id);

    void forEachActive(Consumer<RecordSnapshot> consumer);

    /** Every active record of one type (screening rebuilds its name index from the persons). */
    void forEachActive(RecordType type, Consumer<RecordSnapshot> consumer);

    /**
     * Every record changed at or after {@code since}, whatever its status now (a node catching up from an index
     * snapshot). Records purged since are not reported: a snapshot older than the purge delay must not be used.
     */
    void forEachChangedSince(java.time.Instant since, Consumer<RecordSnapshot> consumer);

    /** Every link between two active records, system-level (the analysis part applies the access rules itself). */
    void forEachLink(Consumer<RecordLink> consumer);

    /**
     * Every link between two active records with at least one end among {@code recordIds}, system-level (the analysis
     * part places an imported batch's links without reading them all).
     */
    void forEachLinkOf(java.util.Collection<UUID> recordIds, Consumer<RecordLink> consumer);

    record UpsertResult(RecordView record, boolean created) {
    }

    /** A link between two records as stored, with no caption: the reader decides what a viewer may see of each end. */
    record RecordLink(UUID from, UUID to, String relation) {
    }
}
