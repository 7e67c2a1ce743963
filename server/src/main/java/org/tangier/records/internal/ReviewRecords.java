package org.tangier.records.internal;

import static org.tangier.records.internal.RecordFields.reviewBy;
import static org.tangier.records.internal.RecordFields.truncate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;

/**
 * The owner reviews its records before their review-by date: lists those falling due, and extends the ones it still
 * needs with the reason why (the others expire, see {@link RetainRecords}).
 */
@Component
class ReviewRecords {

    private final RecordStore store;
    private final RecordVersions versions;
    private final RecordAccess access;
    private final RecordViews views;
    private final AuditLog audit;
    private final Clock clock;

    ReviewRecords(RecordStore store, RecordVersions versions, RecordAccess access, RecordViews views, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.versions = versions;
        this.access = access;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    List<RecordView> reviewDue(Caller caller, int days) {
        RecordAccess.requireWriter(caller);
        LocalDate horizon = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(Math.max(0, Math.min(days, 3650)));
        List<RecordView> due = store.dueForReview(caller.agencyCode(), horizon).stream().map(RecordViews::listView).toList();
        audit.record(new AuditEvent("record.review-due", "record", null, null, AuditEvent.Outcome.SUCCESS,
                due.size() + " records due by " + horizon));
        return due;
    }

    @Transactional
    RecordView extendReview(Caller caller, UUID id, LocalDate reviewBy, String reason) {
        RecordAccess.requireWriter(caller);
        StoredRecord current = access.owned(caller, id);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "records.say-why-record-still-needed");
        }
        if (current.status() != RecordStatus.ACTIVE) {
            throw ProblemException.of(409, "records.only-active-records-extended", ProblemException.term("record.status." + current.status().name()));
        }
        Instant now = clock.instant();
        LocalDate date = reviewBy(reviewBy, now);
        if (!date.isAfter(current.reviewBy())) {
            throw ProblemException.invalid("reviewBy", "records.later-than-current-review-date", current.reviewBy());
        }
        StoredRecord next = current.next(current.status(), date, now, caller.name());
        versions.saveOrRefuse(current, next, truncate("review extended to " + date + ": " + reason.trim(), 200));
        audit.record(AuditEvent.success("record.review.extend", next.type().id(), id.toString())
                .withDetail(current.reviewBy() + " -> " + date + ": " + truncate(reason.trim(), 300)));
        return views.view(next, caller.agencyCode());
    }
}
