package org.tangier.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.access.Restriction;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;

/**
 * The UN consolidated-list import creates or refreshes the importing agency's published UN notice for one listed
 * individual, visible to the agencies its restriction allows (all members unless the import says otherwise).
 */
@Component
class ImportUnNotice {

    private final NoticeStore store;
    private final NoticeRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportUnNotice(NoticeStore store, NoticeRules rules, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The restriction an import asks for (written form: all, owner, only:FR,ES, except:XX), read as a notice's:
     * blank is all members, as the list is public; a wrong form or an unknown agency is refused with the field named.
     */
    Restriction importRestriction(String restriction) {
        if (restriction == null || restriction.isBlank()) {
            return Restriction.ALL_MEMBERS;
        }
        return rules.restriction(new NoticeDraft(NoticeType.UN.name(), false, null, restriction, null, null, null, null, null),
                false, null);
    }

    /** Creates or refreshes the importing agency's published UN notice for one listed individual. */
    @Transactional
    boolean upsertUnNotice(Caller caller, String unReference, UUID subject, String summary,
            Map<String, String> fields, Restriction restriction) {
        NoticeRules.requireWriter(caller);
        Instant now = clock.instant();
        Map<String, String> clean = NoticeFields.clean(NoticeType.UN, fields);
        Optional<StoredNotice> existing = store.findByExternalId(caller.agencyCode(), unReference);
        if (existing.isPresent()) {
            StoredNotice c = existing.get();
            boolean wasInForce = c.status().inForce();
            StoredNotice next = new StoredNotice(c.id(), c.reference(), c.type(), false, c.owner(),
                    restriction, NoticeStatus.PUBLISHED, false, c.instruction(), NoticeRules.summary(summary), clean,
                    c.expiresOn().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)) ? c.expiresOn()
                            : LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(NoticeRules.NOTICE_YEARS),
                    c.externalId(), c.version() + 1, c.createdAt(), c.createdBy(), now, caller.name(), c.submittedBy(),
                    now, caller.name(), "UN Security Council consolidated list", List.of(subject));
            rules.save(next, c.version());
            rules.transition(caller, next, "import-update", unReference);
            if (!wasInForce || !c.subjects().equals(next.subjects()) || !c.restriction().equals(next.restriction())) {
                events.publishEvent(next.inForce());
            }
            return false;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        StoredNotice n = new StoredNotice(UUID.randomUUID(),
                store.nextReference(NoticeType.UN, caller.agencyCode(), today.getYear()), NoticeType.UN, false,
                caller.agencyCode(), restriction, NoticeStatus.PUBLISHED, false,
                NoticeFields.defaultInstruction(NoticeType.UN), NoticeRules.summary(summary), clean, today.plusYears(NoticeRules.NOTICE_YEARS),
                unReference, 1, now, caller.name(), now, caller.name(), caller.name(), now, caller.name(),
                "UN Security Council consolidated list", List.of(subject));
        store.insert(n);
        rules.transition(caller, n, "import", unReference);
        events.publishEvent(n.inForce());
        return true;
    }
}
