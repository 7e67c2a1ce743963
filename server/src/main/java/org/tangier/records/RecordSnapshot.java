package org.tangier.records;

import java.util.UUID;
import org.tangier.access.Restriction;

/**
 * A record with its owner and restriction, for parts that apply the access rules themselves (screening).
 *
 * @param externalId the owner's own id the record was imported or created with (an FtM entity id), or null
 */
public record RecordSnapshot(UUID id, RecordType type, String owner, Restriction restriction, RecordStatus status,
        int version, String caption, RecordDetails details, String externalId) {

    /** A snapshot without an external id. */
    public RecordSnapshot(UUID id, RecordType type, String owner, Restriction restriction, RecordStatus status,
            int version, String caption, RecordDetails details) {
        this(id, type, owner, restriction, status, version, caption, details, null);
    }
}
