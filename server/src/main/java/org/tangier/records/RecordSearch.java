package org.tangier.records;

/**
 * A listing query; null fields do not filter.
 *
 * @param text matched against the caption (names, numbers), case-insensitively
 * @param owner only records of this agency
 */
public record RecordSearch(RecordType type, String text, RecordStatus status, String owner, int limit, int offset) {

    public RecordSearch {
        limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, 500));
        offset = Math.max(0, offset);
    }
}
