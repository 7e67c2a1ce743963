package org.tangier.records.internal;

import static org.tangier.records.internal.RecordFields.describeChange;
import static org.tangier.records.internal.RecordFields.externalId;
import static org.tangier.records.internal.RecordFields.reviewBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordView;
import org.tangier.records.Records.UpsertResult;

/**
 * The owner amends a record at the version it last read (a change made meanwhile is refused, not overwritten), or
 * upserts by external id: creates the record or replaces the one with the same external id of its agency.
 */
@Component
class AmendRecord {

    private final RecordStore store;
    private final RecordRules rules;
    private final RecordFields fields;
    private final RecordAccess access;
    private final CreateRecord creating;
    private final LinkRecords links;
    private final RecordJson json;
    private final RecordViews views;
    private final AuditLog audit;
    private final Clock clock;

    AmendRecord(RecordStore store, RecordRules rules, RecordFields fields, RecordAccess access, CreateRecord creating,
            LinkRecords links, RecordJson json, RecordViews views, AuditLog audit, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.fields = fields;
        this.access = access;
        this.creating = creating;
        this.links = links;
        this.json = json;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    UpsertResult upsert(Caller caller, RecordDraft draft) {
        String externalId = externalId(draft.externalId());
        if (externalId == null) {
            return new UpsertResult(creating.create(caller, draft), true);
        }
        Optional<StoredRecord> existing = store.findByExternalId(caller.agencyCode(), externalId);
        if (existing.isEmpty()) {
            return new UpsertResult(creating.create(caller, draft), true);
        }
        return new UpsertResult(update(caller, existing.get().id(), existing.get().version(), draft), false);
    }

    @Transactional
    RecordView update(Caller caller, UUID id, int expectedVersion, RecordDraft draft) {
        RecordAccess.requireWriter(caller);
        StoredRecord current = access.owned(caller, id);
        ValidRecord valid = rules.validate(draft.details());
        if (valid.details().type() != current.type()) {
            throw ProblemException.of(400, "records.record-cannot-become", current.type().id(), valid.details().type().id());
        }
        Instant now = clock.instant();
        StoredRecord next = new StoredRecord(id, current.type(), current.owner(),
                draft.restriction() == null ? current.restriction() : fields.restriction(draft.restriction()), current.status(),
                draft.externalId() == null ? current.externalId() : externalId(draft.externalId()),
                valid.details().caption(), draft.reviewBy() == null ? current.reviewBy() : reviewBy(draft.reviewBy(), now),
                current.version() + 1, valid.details(), current.createdAt(), current.createdBy(), now, caller.name());
        if (!store.update(next, expectedVersion, valid.keys())) {
            throw ProblemException.of(409, "records.record-changed-since-version-now", expectedVersion, current.version());
        }
        store.addVersion(id, next.version(), now, caller.name(), describeChange(current, next), json.write(next.details()));
        links.linkHolder(caller, next, now);
        audit.record(AuditEvent.success("record.update", next.type().id(), id.toString())
                .withDetail("version " + next.version()));
        views.publishChanged(next, false);
        return views.view(next, caller.agencyCode());
    }
}
