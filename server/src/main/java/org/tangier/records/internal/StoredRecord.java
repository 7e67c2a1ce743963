package org.tangier.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tangier.access.Restriction;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;

/** A row of the record table, details decoded. */
record StoredRecord(UUID id, RecordType type, String owner, Restriction restriction, RecordStatus status,
        String externalId, String caption, LocalDate reviewBy, int version, RecordDetails details, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    /** The next version with the same details: another status or review date, changed {@code at} by {@code by}. */
    StoredRecord next(RecordStatus status, LocalDate reviewBy, Instant at, String by) {
        return new StoredRecord(id, type, owner, restriction, status, externalId, caption, reviewBy, version + 1, details,
                createdAt, createdBy, at, by);
    }
}
