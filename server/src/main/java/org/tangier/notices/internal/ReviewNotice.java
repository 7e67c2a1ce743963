package org.tangier.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.tangier.platform.Role;

/**
 * A reviewer of the coordination centre or of the owning agency, never the notice's own drafter or submitter,
 * publishes a submitted notice (or confirms a diffusion in force) or rejects it with reasons; its queue shows what it
 * may review with the automatic checks.
 */
@Component
class ReviewNotice {

    private final NoticeStore store;
    private final NoticeChecks checks;
    private final NoticeRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewNotice(NoticeStore store, NoticeChecks checks, NoticeRules rules, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a submitted notice, or confirms a diffusion in force. */
    @Transactional
    NoticeView publish(Caller caller, UUID id, String note) {
        StoredNotice current = rules.reviewable(caller, id);
        List<NoticeView.Check> blocking = checks.blocking(current);
        if (!blocking.isEmpty()) {
            throw ProblemException.withProperties(409, "notices.notice-cannot-published-while-required", Map.of("checks", blocking), String.join("; ", blocking.stream().map(NoticeView.Check::message).toList()));
        }
        Instant now = clock.instant();
        String remark = note == null || note.isBlank() ? null : note.strip();
        StoredNotice published = NoticeRules.copy(current, NoticeStatus.PUBLISHED, false, now, caller.name(), current.submittedBy(),
                now, caller.name(), remark);
        rules.save(published, current.version());
        rules.transition(caller, published, current.diffusion() ? "confirm" : "publish", remark);
        if (!current.diffusion()) {
            events.publishEvent(published.inForce());
        }
        return rules.view(published, caller, true);
    }

    /** Rejects a submitted notice, or a diffusion in force (which is then withdrawn), giving reasons. */
    @Transactional
    NoticeView reject(Caller caller, UUID id, String reasons) {
        StoredNotice current = rules.reviewable(caller, id);
        String why = NoticeRules.reason(reasons, "reasons", "notices.reason-rejected");
        Instant now = clock.instant();
        StoredNotice rejected = NoticeRules.copy(current, NoticeStatus.REJECTED, false, now, caller.name(), current.submittedBy(),
                now, caller.name(), why);
        rules.save(rejected, current.version());
        rules.transition(caller, rejected, "reject", why);
        if (current.status().inForce()) {
            events.publishEvent(new NoticeWithdrawn(id, current.subjects(), "rejected on review: " + why));
        }
        return rules.view(rejected, caller, true);
    }

    /** The caller's queue: what it may review, with the automatic checks. */
    List<NoticeView> queue(Caller caller) {
        NoticeRules.requireReviewer(caller);
        List<StoredNotice> found = store.queue(caller.agencyCode(), rules.coordinates(caller)).stream()
                .filter(n -> !NoticeRules.ownWork(caller, n)).toList();
        audit.record(AuditActor.of(caller), new AuditEvent("notice.queue", "notice", null, null,
                AuditEvent.Outcome.SUCCESS, found.size() + " notices"));
        return found.stream().map(n -> rules.view(n, caller, true)).toList();
    }

    boolean mayReview(Caller caller, NoticeView n) {
        return caller.has(Role.REVIEWER) && (n.status() == NoticeStatus.SUBMITTED || n.reviewPending())
                && (caller.agencyCode().equals(rules.coordinationAgency()) || caller.agencyCode().equals(n.owner()))
                && !caller.name().equals(n.createdBy()) && !caller.name().equals(n.submittedBy());
    }
}
