package org.tangier.records.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordLinked;
import org.tangier.records.TravelDocumentDetails;

/**
 * The owner links its record to another record it may see (holder, associate, sibling); a document whose holder is
 * known is linked to the holder's person record when it is written.
 */
@Component
class LinkRecords {

    private final RecordStore store;
    private final RecordAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LinkRecords(RecordStore store, RecordAccess access, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    void link(Caller caller, UUID from, UUID to, String relation) {
        RecordAccess.requireWriter(caller);
        StoredRecord source = access.owned(caller, from);
        StoredRecord target = access.visibleOrNotFound(caller, to);
        String rel = relation == null || relation.isBlank() ? "associate" : relation.trim();
        if (!rel.matches("[a-z][a-z-]{1,39}")) {
            throw ProblemException.invalid("relation", "records.relation-short-word-such-holder");
        }
        store.insertLink(UUID.randomUUID(), source.id(), target.id(), rel, clock.instant(), caller.name());
        audit.record(AuditEvent.success("record.link", source.type().id(), from.toString())
                .withDetail(rel + " -> " + to));
        events.publishEvent(new RecordLinked(source.id(), target.id(), rel));
    }

    /** A document whose holder is known is linked to the holder's person record. */
    void linkHolder(Caller caller, StoredRecord record, Instant now) {
        if (record.details() instanceof TravelDocumentDetails doc && doc.holderId() != null) {
            UUID holder = UUID.fromString(doc.holderId());
            store.find(holder).filter(r -> RecordAccess.visible(caller, r))
                    .orElseThrow(() -> ProblemException.invalid("holderId", "records.no-person-record-may-see", holder));
            boolean linked = store.links(record.id(), caller.agencyCode()).stream()
                    .anyMatch(l -> l.other().equals(holder) && l.relation().equals("holder"));
            if (!linked) {
                store.insertLink(UUID.randomUUID(), record.id(), holder, "holder", now, caller.name());
            }
        }
    }
}
