package org.tangier.records;

import java.time.Instant;

/** One step of a record's history: who changed what, when, and the record as it was after the change. */
public record RecordVersion(int version, Instant changedAt, String changedBy, String change, RecordDetails details) {
}
