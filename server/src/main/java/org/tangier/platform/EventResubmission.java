package org.tangier.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands incomplete event publications to their listeners again. A listener that fails — above all when the
 * connection pool is exhausted and it cannot get a connection — leaves its publication incomplete in the event
 * publication registry; without this job it would wait for the next restart
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), and a hit alert or an index change would
 * be lost until then. Publications younger than {@code tangier.events.resubmit-after} are left alone: they are
 * probably still queued or running. A listener may therefore see an event twice, so every listener is idempotent.
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    EventResubmission(IncompleteEventPublications incomplete,
            @Value("${tangier.events.resubmit-after:PT1M}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    // once per cluster (docs/cluster.md): two nodes resubmitting the same publication would deliver it twice
    @SchedulerLock(name = "event-resubmission")
    @Scheduled(fixedDelayString = "${tangier.events.resubmit-interval:PT1M}",
            initialDelayString = "${tangier.events.resubmit-interval:PT1M}")
    public void resubmit() {
        try {
            Resubmission.run(() -> incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter));
        } catch (RuntimeException e) {
            // the pool may still be exhausted: the publications stay incomplete and the next run tries again
            log.warn("Resubmitting incomplete event publications failed; next attempt in the next interval: {}", e.toString());
        }
    }
}
