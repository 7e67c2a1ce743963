package org.tangier.records.internal;

import static org.tangier.records.internal.RecordFields.externalId;
import static org.tangier.records.internal.RecordFields.reviewBy;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;

/** A bureau officer creates a record owned by its agency: validated, versioned, audited and published. */
@Component
class CreateRecord {

    private final RecordStore store;
    private final RecordRules rules;
    private final RecordFields fields;
    private final LinkRecords links;
    private final RecordJson json;
    private final RecordViews views;
    private final AuditLog audit;
    private final Clock clock;

    CreateRecord(RecordStore store, RecordRules rules, RecordFields fields, LinkRecords links, RecordJson json,
            RecordViews views, AuditLog audit, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.fields = fields;
        this.links = links;
        this.json = json;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    RecordView create(Caller caller, RecordDraft draft) {
        RecordAccess.requireWriter(caller);
        ValidRecord valid = rules.validate(draft.details());
        Instant now = clock.instant();
        StoredRecord record = new StoredRecord(UUID.randomUUID(), valid.details().type(), caller.agencyCode(),
                fields.restriction(draft.restriction()), RecordStatus.ACTIVE, externalId(draft.externalId()),
                valid.details().caption(), reviewBy(draft.reviewBy(), now), 1, valid.details(), now, caller.name(), now,
                caller.name());
        try {
            store.insert(record, valid.keys());
        } catch (DuplicateKeyException e) {
            throw ProblemException.of(409, "records.agency-already-has-record-external", record.externalId());
        }
        store.addVersion(record.id(), 1, now, caller.name(), "created", json.write(record.details()));
        links.linkHolder(caller, record, now);
        audit.record(AuditEvent.success("record.create", record.type().id(), record.id().toString()));
        views.publishChanged(record, false);
        return views.view(record, caller.agencyCode());
    }
}
