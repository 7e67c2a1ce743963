package org.tangier.records.internal;

import static org.tangier.records.internal.RecordFields.truncate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordType;
import org.tangier.records.RecordVersion;
import org.tangier.records.RecordView;
import org.tangier.records.Records.RecordLink;

/**
 * An agency reads, searches, exports and traces the history of the records its owners' restrictions admit, each
 * read audited with its purpose; other parts stream snapshots system-level and apply the rules themselves.
 */
@Component
class RecordQueries {

    private final RecordStore store;
    private final RecordAccess access;
    private final RecordViews views;
    private final AuditLog audit;

    RecordQueries(RecordStore store, RecordAccess access, RecordViews views, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.views = views;
        this.audit = audit;
    }

    Optional<RecordView> read(Caller caller, UUID id, String purpose) {
        Optional<StoredRecord> found = store.find(id).filter(r -> RecordAccess.visible(caller, r));
        audit.record(new AuditEvent("record.read", found.map(r -> r.type().id()).orElse("record"), id.toString(),
                purpose, found.isPresent() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.DENIED, null));
        return found.map(r -> views.view(r, caller.agencyCode()));
    }

    List<RecordView> search(Caller caller, RecordSearch search, String purpose) {
        List<StoredRecord> found = store.search(caller.agencyCode(), search);
        audit.record(new AuditEvent("record.search", search.type() == null ? "record" : search.type().id(), null, purpose,
                AuditEvent.Outcome.SUCCESS, "query=" + (search.text() == null ? "" : truncate(search.text(), 100))
                        + " results=" + found.size()));
        return found.stream().map(RecordViews::listView).toList();
    }

    List<RecordVersion> history(Caller caller, UUID id) {
        StoredRecord record = access.visibleOrNotFound(caller, id);
        audit.record(AuditEvent.success("record.history", record.type().id(), id.toString()));
        return store.versions(id, record.type());
    }

    @Transactional(readOnly = true)
    void forEachVisible(Caller caller, RecordType type, String purpose, Consumer<RecordView> consumer) {
        long[] count = new long[1];
        store.forEachVisible(caller.agencyCode(), type, r -> {
            count[0]++;
            consumer.accept(RecordViews.listView(r));
        });
        audit.record(new AuditEvent("record.export", type.id(), null, purpose, AuditEvent.Outcome.SUCCESS,
                count[0] + " records"));
    }

    Optional<RecordSnapshot> snapshot(UUID id) {
        return store.find(id).map(RecordViews::snapshotOf);
    }

    @Transactional(readOnly = true)
    void forEachActive(Consumer<RecordSnapshot> consumer) {
        store.forEachActive(r -> consumer.accept(RecordViews.snapshotOf(r)));
    }

    @Transactional(readOnly = true)
    void forEachActive(RecordType type, Consumer<RecordSnapshot> consumer) {
        store.forEachActive(type, r -> consumer.accept(RecordViews.snapshotOf(r)));
    }

    @Transactional(readOnly = true)
    void forEachChangedSince(Instant since, Consumer<RecordSnapshot> consumer) {
        store.forEachChangedSince(since, r -> consumer.accept(RecordViews.snapshotOf(r)));
    }

    @Transactional(readOnly = true)
    void forEachLink(Consumer<RecordLink> consumer) {
        store.forEachLink(consumer);
    }

    @Transactional(readOnly = true)
    void forEachLinkOf(java.util.Collection<java.util.UUID> recordIds, Consumer<RecordLink> consumer) {
        store.forEachLinkOf(recordIds, consumer);
    }
}
