package org.tangier.notices.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly: expires the notices in force whose expiry date has passed (audited, withdrawn from screening). Notices due
 * for review are listed to their owner on demand (GET /api/v1/notices/review-due, page /notices/review-due), so the
 * list is always current rather than a snapshot of the last run.
 */
@Component
class NoticeExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(NoticeExpiryJob.class);

    private final NoticeService notices;

    NoticeExpiryJob(NoticeService notices) {
        this.notices = notices;
    }

    // once per cluster: a lock in the shared database (docs/cluster.md)
    @SchedulerLock(name = "notice-expiry")
    @Scheduled(initialDelayString = "${tangier.notices.expiry-initial-delay:PT2M}",
            fixedDelayString = "${tangier.notices.expiry-interval:PT1H}")
    void expire() {
        int expired = notices.expireDue();
        if (expired > 0) {
            log.info("Expired {} notices past their expiry date", expired);
        }
    }
}
