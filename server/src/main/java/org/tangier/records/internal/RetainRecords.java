package org.tangier.records.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.records.RecordStatus;

/**
 * Retention, run by the system: a record whose review date passed expires (is cancelled), and a record cancelled
 * long enough ago is purged — the only hard deletion there is, audited entry by entry.
 */
@Component
class RetainRecords {

    private final RecordStore store;
    private final RecordVersions versions;
    private final RecordViews views;
    private final AuditLog audit;
    private final Clock clock;

    RetainRecords(RecordStore store, RecordVersions versions, RecordViews views, AuditLog audit, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** Cancels every active record whose review date has passed; run by the retention job. */
    @Transactional
    int expireOverdue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int expired = 0;
        for (StoredRecord current : store.overdue(today)) {
            StoredRecord next = current.next(RecordStatus.CANCELLED, current.reviewBy(), now, "retention");
            if (versions.save(current, next, "expired: review date " + current.reviewBy() + " passed")) {
                audit.record(AuditActor.system(), AuditEvent.success("record.expire", current.type().id(),
                        current.id().toString()).withDetail("review date " + current.reviewBy() + " passed"));
                views.publishChanged(next, false);
                expired++;
            }
        }
        return expired;
    }

    /** Hard-deletes records cancelled before {@code cutoff}: the only deletion there is, audited entry by entry. */
    @Transactional
    int purgeCancelledBefore(Instant cutoff) {
        int purged = 0;
        for (StoredRecord r : store.cancelledBefore(cutoff)) {
            store.purge(r.id());
            audit.record(AuditActor.system(), AuditEvent.success("record.purge", r.type().id(),
                    r.id().toString()).withDetail("owner " + r.owner() + ", cancelled " + r.updatedAt()));
            views.publishChanged(r, true);
            purged++;
        }
        return purged;
    }
}
