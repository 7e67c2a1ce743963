package org.tangier.records;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;
import org.tangier.access.Restriction;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * One batch of an import (FtM, CSV, demo data) was written: every record it created or replaced, with what its
 * listeners need (screening indexes each record from this event alone, without reading it back). Published instead
 * of one {@link RecordChanged} per record, through the event publication registry like it.
 *
 * <p>The carried content is the records as of {@code importedAt}. A listener that receives the event late (the event
 * registry resubmits an unfinished publication after a while and at restart; another node may replay its log) must
 * not trust it over a change made since: see {@link #isLateAt(Instant)}.
 *
 * @param source what the batch came from: {@code ftm}, {@code csv:vehicle}, {@code demo}
 * @param importedAt when the batch was written
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.ownerAgency()}")
public record RecordsImported(String ownerAgency, String source, List<ImportedRecord> records, Instant importedAt) {

    /** A late delivery: a later change of these records may have been applied already, so read them back instead. */
    public static final java.time.Duration LATE_AFTER = java.time.Duration.ofSeconds(30);

    public RecordsImported {
        records = List.copyOf(records);
        if (importedAt == null) {
            importedAt = Instant.now();
        }
    }

    public RecordsImported(String ownerAgency, String source, List<ImportedRecord> records) {
        this(ownerAgency, source, records, Instant.now());
    }

    /** Whether this event reaches a listener at {@code now} so long after the import that its content may be stale. */
    public boolean isLateAt(Instant now) {
        return importedAt.plus(LATE_AFTER).isBefore(now);
    }

    /** A record as the import left it; the same content as a {@link RecordSnapshot}. */
    public record ImportedRecord(UUID id, RecordType type, String ownerAgency, Restriction restriction,
            RecordStatus status, int version, String caption,
            // the details' type is named in the event so that the registry can read an unfinished event back at restart
            @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "recordType")
            @JsonSubTypes({
                @JsonSubTypes.Type(value = PersonDetails.class, name = "person"),
                @JsonSubTypes.Type(value = TravelDocumentDetails.class, name = "travel-document"),
                @JsonSubTypes.Type(value = VehicleDetails.class, name = "vehicle"),
                @JsonSubTypes.Type(value = FirearmDetails.class, name = "firearm"),
                @JsonSubTypes.Type(value = IndicatorDetails.class, name = "indicator")})
            RecordDetails details,
            String externalId) {

        public static ImportedRecord of(RecordSnapshot r) {
            return new ImportedRecord(r.id(), r.type(), r.owner(), r.restriction(), r.status(), r.version(),
                    r.caption(), r.details(), r.externalId());
        }

        public RecordSnapshot snapshot() {
            return new RecordSnapshot(id, type, ownerAgency, restriction, status, version, caption, details, externalId);
        }
    }
}
