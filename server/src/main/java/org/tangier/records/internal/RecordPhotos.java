package org.tangier.records.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.records.RecordPhoto;

/** The owner attaches a photo to its record; an agency that may see the record sees the photo, audited. */
@Component
class RecordPhotos {

    private final RecordStore store;
    private final RecordAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RecordPhotos(RecordStore store, RecordAccess access, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    void savePhoto(Caller caller, UUID id, String contentType, byte[] bytes) {
        RecordAccess.requireWriter(caller);
        StoredRecord record = access.owned(caller, id);
        store.savePhoto(id, contentType, bytes, clock.instant());
        audit.record(AuditEvent.success("record.photo.upload", record.type().id(), id.toString())
                .withDetail(contentType + " " + bytes.length + " bytes"));
    }

    /** The photo, system-level, for a part that applies the access rules and writes the audit itself (screening). */
    Optional<RecordPhoto> photo(UUID id) {
        return store.photo(id).map(p -> new RecordPhoto(p.contentType(), p.bytes()));
    }

    Optional<RecordStore.Photo> photo(Caller caller, UUID id, String purpose) {
        StoredRecord record = access.visibleOrNotFound(caller, id);
        audit.record(AuditEvent.success("record.photo.read", record.type().id(), id.toString()).withPurpose(purpose));
        return store.photo(id);
    }
}
