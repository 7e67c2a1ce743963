package org.tangier.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * A bureau officer drafts a notice for its agency, corrects the draft (a rejected notice becomes a draft again),
 * and submits it for review; a diffusion is issued instead: in force at once for its recipients, reviewed afterwards.
 */
@Component
class DraftNotice {

    private final NoticeStore store;
    private final NoticeChecks checks;
    private final NoticeRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftNotice(NoticeStore store, NoticeChecks checks, NoticeRules rules, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    NoticeView create(Caller caller, NoticeDraft draft) {
        NoticeRules.requireWriter(caller);
        NoticeType type = NoticeRules.type(draft.type());
        boolean diffusion = Boolean.TRUE.equals(draft.diffusion());
        Instant now = clock.instant();
        StoredNotice n = new StoredNotice(UUID.randomUUID(),
                store.nextReference(type, caller.agencyCode(), LocalDate.ofInstant(now, ZoneOffset.UTC).getYear()),
                type, diffusion, caller.agencyCode(), rules.restriction(draft, diffusion, caller.agencyCode()),
                NoticeStatus.DRAFT, false, NoticeRules.instruction(draft.instruction(), type), NoticeRules.summary(draft.summary()),
                NoticeFields.clean(type, draft.fields()), rules.expiresOn(draft.expiresOn(), diffusion, now), null, 1, now,
                caller.name(), now, caller.name(), null, null, null, null, rules.subjects(caller, draft.subjects()));
        store.insert(n);
        if (diffusion) {
            rules.transitionCoded(caller, n, "create", "notice.history.diffusion");
        } else {
            rules.transition(caller, n, "create", null);
        }
        return rules.view(n, caller, true);
    }

    /** Changes a draft; editing a rejected notice makes it a draft again, to be corrected and resubmitted. */
    @Transactional
    NoticeView update(Caller caller, UUID id, Integer expectedVersion, NoticeDraft draft) {
        NoticeRules.requireWriter(caller);
        StoredNotice current = rules.owned(caller, id);
        if (current.status() != NoticeStatus.DRAFT && current.status() != NoticeStatus.REJECTED) {
            throw ProblemException.of(409, "notice.not-editable", ProblemException.term("notice.status." + current.status().name()));
        }
        if (draft.type() != null && NoticeRules.type(draft.type()) != current.type()) {
            throw ProblemException.invalid("type", "notices.notice-keeps-type-create-new");
        }
        int expected = expectedVersion == null ? current.version() : expectedVersion;
        Instant now = clock.instant();
        StoredNotice next = new StoredNotice(id, current.reference(), current.type(), current.diffusion(), current.owner(),
                rules.restriction(draft, current.diffusion(), caller.agencyCode()), NoticeStatus.DRAFT, false,
                NoticeRules.instruction(draft.instruction(), current.type()), NoticeRules.summary(draft.summary()),
                NoticeFields.clean(current.type(), draft.fields()),
                rules.expiresOn(draft.expiresOn(), current.diffusion(), now), current.externalId(), current.version() + 1,
                current.createdAt(), current.createdBy(), now, caller.name(), null, null, null,
                current.reviewReasons(), rules.subjects(caller, draft.subjects()));
        rules.save(next, expected);
        rules.transition(caller, next, "update", null);
        return rules.view(next, caller, true);
    }

    /**
     * Sends a notice to review; issues a diffusion: in force at once (its recipients' screening checks it) and in the
     * reviewers' queue as a diffusion to review.
     */
    @Transactional
    NoticeView submit(Caller caller, UUID id) {
        NoticeRules.requireWriter(caller);
        StoredNotice current = rules.owned(caller, id);
        if (current.status() != NoticeStatus.DRAFT) {
            throw ProblemException.of(409, "notice.not-draft", ProblemException.term("notice.status." + current.status().name()));
        }
        Instant now = clock.instant();
        if (current.diffusion()) {
            List<NoticeView.Check> blocking = checks.blocking(current);
            if (!blocking.isEmpty()) {
                throw ProblemException.withProperties(400, "notices.diffusion-force-once-so-needs", Map.of("checks", blocking), String.join("; ", blocking.stream().map(NoticeView.Check::message).toList()));
            }
            StoredNotice issued = NoticeRules.copy(current, NoticeStatus.PUBLISHED, true, now, caller.name(), caller.name(), null,
                    null, null);
            rules.save(issued, current.version());
            rules.transition(caller, issued, "issue", null);
            events.publishEvent(issued.inForce());
            return rules.view(issued, caller, true);
        }
        StoredNotice submitted = NoticeRules.copy(current, NoticeStatus.SUBMITTED, false, now, caller.name(), caller.name(), null,
                null, null);
        rules.save(submitted, current.version());
        rules.transition(caller, submitted, "submit", null);
        return rules.view(submitted, caller, true);
    }
}
