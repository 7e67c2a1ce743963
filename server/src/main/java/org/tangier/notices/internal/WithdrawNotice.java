package org.tangier.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * A notice leaves force: its owner cancels it with a reason, or the expiry job expires it on its date; screening
 * is told through {@link NoticeWithdrawn}.
 */
@Component
class WithdrawNotice {

    private final NoticeStore store;
    private final NoticeRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WithdrawNotice(NoticeStore store, NoticeRules rules, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Cancels a notice of the caller's agency; one in force is withdrawn from screening. */
    @Transactional
    NoticeView cancel(Caller caller, UUID id, String reason) {
        NoticeRules.requireWriter(caller);
        StoredNotice current = rules.owned(caller, id);
        String why = NoticeRules.reason(reason, "reason", "notices.reason-cancelled");
        if (current.status() == NoticeStatus.CANCELLED || current.status() == NoticeStatus.EXPIRED) {
            throw ProblemException.of(409, "notice.already-ended", ProblemException.term("notice.status." + current.status().name()));
        }
        Instant now = clock.instant();
        StoredNotice cancelled = NoticeRules.copy(current, NoticeStatus.CANCELLED, false, now, caller.name(), current.submittedBy(),
                current.reviewedAt(), current.reviewedBy(), current.reviewReasons());
        rules.save(cancelled, current.version());
        rules.transition(caller, cancelled, "cancel", why);
        if (current.status().inForce()) {
            events.publishEvent(new NoticeWithdrawn(id, current.subjects(), "cancelled: " + why));
        }
        return rules.view(cancelled, caller, true);
    }

    /** Expires every notice in force whose expiry date has passed; returns how many. */
    @Transactional
    int expireDue() {
        Instant now = clock.instant();
        int count = 0;
        for (StoredNotice n : store.expiredBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            StoredNotice expired = NoticeRules.copy(n, NoticeStatus.EXPIRED, false, now, "tangier", n.submittedBy(),
                    n.reviewedAt(), n.reviewedBy(), n.reviewReasons());
            if (!store.update(expired, n.version())) {
                continue;
            }
            store.addHistory(n.id(), now, "tangier", n.owner(), "expire", null, "notice.history.expired-on", List.of(n.expiresOn().toString()));
            audit.record(AuditActor.system(), AuditEvent.success("notice.expire", "notice", n.id().toString())
                    .withDetail(n.reference() + " expired on " + n.expiresOn()));
            events.publishEvent(new NoticeWithdrawn(n.id(), n.subjects(), "expired on " + n.expiresOn()));
            count++;
        }
        return count;
    }
}
