package org.tangier.records;

import org.tangier.crimeareas.CrimeArea;

/**
 * A listing query; null fields do not filter.
 *
 * @param text matched against the caption (names, numbers), case-insensitively
 * @param owner only records of this agency
 * @param crimeArea only records bearing this crime area
 */
public record RecordSearch(RecordType type, String text, RecordStatus status, String owner, int limit, int offset,
        CrimeArea crimeArea) {

    public RecordSearch(RecordType type, String text, RecordStatus status, String owner, int limit, int offset) {
        this(type, text, status, owner, limit, offset, null);
    }

    public RecordSearch {
        limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, 500));
        offset = Math.max(0, offset);
    }
}
