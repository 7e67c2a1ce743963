package org.tangier.records.internal;

import static org.tangier.records.internal.RecordFields.truncate;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;

/** The owner cancels a record, saying why: it stays in the history and leaves screening, nothing is deleted. */
@Component
class CancelRecord {

    private final RecordVersions versions;
    private final RecordAccess access;
    private final RecordViews views;
    private final AuditLog audit;
    private final Clock clock;

    CancelRecord(RecordVersions versions, RecordAccess access, RecordViews views, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    RecordView cancel(Caller caller, UUID id, String reason) {
        RecordAccess.requireWriter(caller);
        StoredRecord current = access.owned(caller, id);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "records.say-why-record-cancelled");
        }
        if (current.status() == RecordStatus.CANCELLED) {
            return views.view(current, caller.agencyCode());
        }
        Instant now = clock.instant();
        StoredRecord next = current.next(RecordStatus.CANCELLED, current.reviewBy(), now, caller.name());
        versions.saveOrRefuse(current, next, "cancelled: " + truncate(reason.trim(), 150));
        audit.record(AuditEvent.success("record.cancel", next.type().id(), id.toString()).withDetail(reason.trim()));
        views.publishChanged(next, false);
        return views.view(next, caller.agencyCode());
    }
}
