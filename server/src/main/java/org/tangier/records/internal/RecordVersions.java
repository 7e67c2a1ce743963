package org.tangier.records.internal;

import org.springframework.stereotype.Component;
import org.tangier.platform.ProblemException;

/**
 * Writes a record's next version whose details stay as they were: a cancellation, an expiry, a later review date.
 * The record row, its search keys (from the unchanged details) and its history entry are written as one step, in one
 * place for the owner's and the retention job's changes, so that the row and its history cannot drift apart.
 */
@Component
class RecordVersions {

    private final RecordStore store;
    private final RecordRules rules;
    private final RecordJson json;

    RecordVersions(RecordStore store, RecordRules rules, RecordJson json) {
        this.store = store;
        this.rules = rules;
        this.json = json;
    }

    /**
     * Writes {@code next} (the version after {@code current}, same details) with {@code change} in the history;
     * false, and nothing written, when the record changed since {@code current} was read.
     */
    boolean save(StoredRecord current, StoredRecord next, String change) {
        if (!store.update(next, current.version(), rules.validate(current.details()).keys())) {
            return false;
        }
        store.addVersion(current.id(), next.version(), next.updatedAt(), next.updatedBy(), change,
                json.write(next.details()));
        return true;
    }

    /** As {@link #save}, for an officer's change: a record changed meanwhile is refused (409), never overwritten. */
    void saveOrRefuse(StoredRecord current, StoredRecord next, String change) {
        if (!save(current, next, change)) {
            int now = store.find(current.id()).map(StoredRecord::version).orElse(current.version());
            throw ProblemException.of(409, "records.record-changed-since-version-now", current.version(), now);
        }
    }
}
