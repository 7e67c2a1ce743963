package org.tangier.records.internal;

import java.util.List;
import java.util.Set;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.platform.Caller;
import org.tangier.records.RecordDraft;

/**
 * Bulk writes for imports and demo data: many records of one agency in one transaction, with one batch insert per
 * table and one audit entry per batch, instead of a transaction, an audit entry and a round trip per record.
 * The access rules are those of {@link org.tangier.records.Records#upsert}: the caller's agency owns what it imports,
 * and upserts match on the external id within that agency only.
 */
public interface RecordBatches {

    /** The most items one call accepts; importers cut their streams into batches of this size or less. */
    int MAX_BATCH = 1000;

    /**
     * Creates or replaces each item's record by external id within the caller's agency. An item that fails its
     * record type's rules is rejected with the reason; the others are stored. External ids must be unique within one
     * call (importers start a new batch when one repeats).
     *
     * @param source what the items came from, for the audit entry: {@code ftm}, {@code csv:vehicle}, {@code demo}
     */
    BatchResult upsertBatch(Caller caller, List<BatchItem> items, String source);

    /** Whether the agency holds a record with this external id, whatever its status. */
    boolean hasExternalId(String agency, String externalId);

    /** The ids of the agency's person records with these external ids (a watch-list import drafts notices on them). */
    java.util.Map<String, java.util.UUID> personIds(String agency, java.util.Collection<String> externalIds);

    /**
     * One record to write.
     *
     * @param line where it came from in the input (1-based), for the rejection report
     * @param linkTo the external id of a record of the same agency to link the new record to (an FtM holder); for a
     *        travel document with relation {@code holder}, the holder's record id also goes into its details. Links
     *        are made when the record is created; a target that does not exist is left out.
     * @param crimeAreas crime areas the record is to bear (an FtM entity's topics): added to those it already bears,
     *        never removing one (an officer's own tagging survives a re-import); empty for none
     */
    record BatchItem(long line, RecordDraft draft, String linkTo, String relation, Set<CrimeArea> crimeAreas) {

        public BatchItem {
            crimeAreas = crimeAreas == null || crimeAreas.isEmpty() ? Set.of() : Set.copyOf(crimeAreas);
        }

        public BatchItem(long line, RecordDraft draft, String linkTo, String relation) {
            this(line, draft, linkTo, relation, Set.of());
        }

        public static BatchItem of(long line, RecordDraft draft) {
            return new BatchItem(line, draft, null, null);
        }

        /** This item, its record bearing these areas too. */
        public BatchItem withCrimeAreas(Set<CrimeArea> areas) {
            return new BatchItem(line, draft, linkTo, relation, areas);
        }
    }

    record Rejection(long line, String id, String field, String error) {
    }

    record BatchResult(int created, int updated, List<Rejection> rejected) {
    }
}
