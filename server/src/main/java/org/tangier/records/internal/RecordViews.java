package org.tangier.records.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordView;

/**
 * What leaves this part of a stored record: the view a reader gets (with its links and photo flag when read one by
 * one, without them in lists), the snapshot other parts index, and the change event screening follows.
 */
@Component
class RecordViews {

    private final RecordStore store;
    private final ApplicationEventPublisher events;

    RecordViews(RecordStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    RecordView view(StoredRecord r, String viewer) {
        return new RecordView(r.id(), r.type(), r.owner(), r.restriction().toString(), r.status(), r.reviewBy(),
                r.version(), r.caption(), r.externalId(), r.details(), store.hasPhoto(r.id()), r.createdAt(),
                r.createdBy(), r.updatedAt(), r.updatedBy(), store.links(r.id(), viewer));
    }

    static RecordView listView(StoredRecord r) {
        return new RecordView(r.id(), r.type(), r.owner(), r.restriction().toString(), r.status(), r.reviewBy(),
                r.version(), r.caption(), r.externalId(), r.details(), false, r.createdAt(), r.createdBy(),
                r.updatedAt(), r.updatedBy(), List.of());
    }

    static RecordSnapshot snapshotOf(StoredRecord r) {
        return new RecordSnapshot(r.id(), r.type(), r.owner(), r.restriction(), r.status(), r.version(), r.caption(),
                r.details(), r.externalId());
    }

    void publishChanged(StoredRecord r, boolean purged) {
        events.publishEvent(new RecordChanged(r.id(), r.type(), r.owner(), r.version(), r.status(), purged));
    }
}
