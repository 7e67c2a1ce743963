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
}
