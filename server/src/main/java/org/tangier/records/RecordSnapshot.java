package org.tangier.records;

import java.util.UUID;
import org.tangier.access.Restriction;

/** A record with its owner and restriction, for parts that apply the access rules themselves (screening). */
public record RecordSnapshot(UUID id, RecordType type, String owner, Restriction restriction, RecordStatus status,
        int version, String caption, RecordDetails details) {
}
