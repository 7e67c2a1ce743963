package org.tangier.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.notices.NoticeInForce;
import org.tangier.platform.Caller;

/**
 * An agency reads and searches the notices it may see, and lists its own falling due, each read audited;
 * screening streams what is in force, system-level, and applies the access rules itself.
 */
@Component
class NoticeQueries {

    private final NoticeStore store;
    private final NoticeRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final int reviewWindowDays;

    NoticeQueries(NoticeStore store, NoticeRules rules, AuditLog audit, Clock clock,
            @Value("${tangier.notices.review-window-days:60}") int reviewWindowDays) {
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.reviewWindowDays = reviewWindowDays;
    }

    Optional<NoticeView> read(Caller caller, UUID id, String purpose) {
        NoticeRules.requireReader(caller);
        Optional<StoredNotice> found = store.find(id).filter(n -> rules.visible(caller, n));
        audit.record(AuditActor.of(caller), new AuditEvent("notice.read", "notice", id.toString(), purpose,
                found.isPresent() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.DENIED, null));
        return found.map(n -> rules.view(n, caller, true));
    }

    List<NoticeView> search(Caller caller, NoticeFilter filter, String purpose) {
        NoticeRules.requireReader(caller);
        List<StoredNotice> found = store.search(caller.agencyCode(), rules.coordinates(caller), filter);
        audit.record(AuditActor.of(caller), new AuditEvent("notice.search", "notice", null, purpose,
                AuditEvent.Outcome.SUCCESS, "type=" + filter.type() + " status=" + filter.status() + " owner="
                        + filter.owner() + (filter.crimeArea() == null ? "" : " crimeArea=" + filter.crimeArea().id()) + " text=" + NoticeRules.truncate(filter.text() == null ? "" : filter.text(), 80)
                        + " results=" + found.size()));
        return found.stream().map(n -> rules.view(n, caller, false)).toList();
    }

    /** The caller's agency's notices in force that expire within the review window. */
    List<NoticeView> reviewDue(Caller caller) {
        NoticeRules.requireReader(caller);
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(reviewWindowDays);
        List<StoredNotice> due = store.dueForReview(caller.agencyCode(), until);
        audit.record(AuditActor.of(caller), new AuditEvent("notice.review-due", "notice", null, null,
                AuditEvent.Outcome.SUCCESS, due.size() + " notices due by " + until));
        return due.stream().map(n -> rules.view(n, caller, false)).toList();
    }

    void forEachInForce(Consumer<NoticeInForce> consumer) {
        store.forEachInForce(n -> consumer.accept(n.inForce()));
    }

    /** Filtered as {@link #forEachInForce} filters, so that one notice read is what a whole read gives of it. */
    java.util.Optional<NoticeInForce> inForce(UUID noticeId) {
        return store.find(noticeId).filter(n -> n.status() == NoticeStatus.PUBLISHED).map(StoredNotice::inForce);
    }

    void forEachChangedSince(Instant since, Consumer<NoticeInForce> inForce, Consumer<UUID> notInForce) {
        store.forEachChangedSince(since, n -> {
            if (n.status().inForce()) {
                inForce.accept(n.inForce());
            } else {
                notInForce.accept(n.id());
            }
        });
    }

    List<NoticeInForce> inForceFor(UUID recordId) {
        return store.inForceFor(recordId).stream().map(StoredNotice::inForce).toList();
    }
}
