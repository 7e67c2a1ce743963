package org.tangier.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A record as an agency allowed to see it sees it. */
public record RecordView(UUID id, RecordType type, String owner, String restriction, RecordStatus status,
        LocalDate reviewBy, int version, String caption, String externalId, RecordDetails details, boolean hasPhoto,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, List<Link> links) {

    /** A link to another record, seen from this one; links to records the viewer may not see are left out. */
    public record Link(UUID id, UUID other, String relation, String otherCaption, RecordType otherType) {
    }
}
