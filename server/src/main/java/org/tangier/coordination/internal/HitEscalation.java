package org.tangier.coordination.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.Hits;
import org.tangier.hits.WaitingHit;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.platform.LocalFormat;
import org.tangier.platform.PlatformLanguage;

/**
 * Escalation: a hit whose owner has not acknowledged it by its deadline is escalated once, with a flash platform
 * message from the coordination centre to the owner's duty officers (every user of the owning agency sees it in the
 * inbox and live), and the board shows it escalated.
 */
@Component
class HitEscalation {

    private final Hits hits;
    private final Messaging messaging;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final CoordinationCentre centre;
    private final PlatformLanguage language;

    HitEscalation(Hits hits, Messaging messaging, JdbcClient jdbc, AuditLog audit, Clock clock, CoordinationCentre centre,
            PlatformLanguage language) {
        this.language = language;
        this.hits = hits;
        this.messaging = messaging;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.centre = centre;
    }

    // once per cluster: a lock in the shared database (docs/cluster.md)
    @SchedulerLock(name = "hit-escalation")
    @Scheduled(fixedDelayString = "${tangier.board.escalation-interval:60s}", initialDelayString = "${tangier.board.escalation-interval:60s}")
    void run() {
        escalateOverdue();
    }

    /** Escalates every overdue hit not escalated yet; returns how many. */
    @Transactional
    int escalateOverdue() {
        Instant now = clock.instant();
        int count = 0;
        for (WaitingHit hit : hits.waiting(1000)) {
            if (!hit.overdue(now) || escalated(hit.id())) {
                continue;
            }
            UUID message = messaging.sendPlatformNotice(centre.agency(), "hit escalation", Set.of(hit.ownerAgency()),
                    Priority.FLASH, language.text("escalation.subject"), body(hit),
                    List.of(new MessageLink(MessageLink.Kind.HIT, hit.id())));
            jdbc.sql("insert into hit_escalation (hit_id, owner_agency, escalated_at, message_id) values (:h, :o, :at, :m)")
                    .param("h", hit.id()).param("o", hit.ownerAgency()).param("at", Timestamp.from(now))
                    .param("m", message).update();
            audit.record(AuditActor.system(), AuditEvent.success("hit.escalate", "hit", hit.id().toString())
                    .withDetail("to " + hit.ownerAgency() + ", deadline " + hit.acknowledgeBy()));
            count++;
        }
        return count;
    }

    /**
     * The escalation in the installation's language (no reader's request chooses one), its agency code and times
     * isolated so that they keep their order in an Arabic text and a Latin one alike.
     */
    private String body(WaitingHit hit) {
        LocalFormat format = language.format();
        String notice = language.text(hit.noticeType() == null ? "screening.notice.none" : "screening.notice." + hit.noticeType());
        return language.text("escalation.body", notice, LocalFormat.isolate(hit.checkingAgency()),
                LocalFormat.isolate(format.dateTime(hit.raisedAt())), LocalFormat.isolate(format.dateTime(hit.acknowledgeBy())));
    }

    boolean escalated(UUID hitId) {
        return jdbc.sql("select count(*) from hit_escalation where hit_id = :h").param("h", hitId).query(Long.class).single() > 0;
    }
}
