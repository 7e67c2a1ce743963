package org.tangier.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * The owner extends a notice in force to a later expiry date, saying why it is still needed.
 */
@Component
class ExtendNotice {

    private final NoticeRules rules;
    private final Clock clock;

    ExtendNotice(NoticeRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Extends a notice in force (or due) to a new expiry date, with a reason. */
    @Transactional
    NoticeView extend(Caller caller, UUID id, LocalDate until, String reason) {
        NoticeRules.requireWriter(caller);
        StoredNotice current = rules.owned(caller, id);
        String why = NoticeRules.reason(reason, "reason", "notices.reason-extended");
        if (current.status() != NoticeStatus.PUBLISHED) {
            throw ProblemException.of(409, "notice.not-in-force");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (until == null || !until.isAfter(current.expiresOn()) || until.isAfter(today.plusYears(NoticeRules.MAX_YEARS))) {
            throw ProblemException.invalid("until", "notices.date-after-current-expiry-most", current.expiresOn(), NoticeRules.MAX_YEARS);
        }
        StoredNotice extended = new StoredNotice(id, current.reference(), current.type(), current.diffusion(),
                current.owner(), current.restriction(), current.status(), current.reviewPending(), current.instruction(),
                current.summary(), current.fields(), until, current.externalId(), current.version() + 1,
                current.createdAt(), current.createdBy(), now, caller.name(), current.submittedBy(),
                current.reviewedAt(), current.reviewedBy(), current.reviewReasons(), current.subjects());
        rules.save(extended, current.version());
        rules.transitionCoded(caller, extended, "extend", "notice.history.extended", current.expiresOn().toString(), until.toString(), why);
        return rules.view(extended, caller, true);
    }
}
