package org.tangier.records.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention: records past their review date are cancelled (no longer shared or screened), and records cancelled
 * longer ago than the purge period are deleted. Both steps are audited per record.
 */
@Component
class RecordRetention {

    private static final Logger log = LoggerFactory.getLogger(RecordRetention.class);

    private final RecordService records;
    private final Clock clock;
    private final Duration purgeAfter;

    RecordRetention(RecordService records, Clock clock,
            @Value("${tangier.retention.purge-after:730d}") Duration purgeAfter) {
        this.records = records;
        this.clock = clock;
        this.purgeAfter = purgeAfter;
    }

    // once per cluster: a lock in the shared database (docs/cluster.md)
    @SchedulerLock(name = "record-retention")
    @Scheduled(cron = "${tangier.retention.schedule:0 17 * * * *}")
    void run() {
        int expired = records.expireOverdue();
        int purged = records.purgeCancelledBefore(clock.instant().minus(purgeAfter));
        if (expired + purged > 0) {
            log.info("Retention: {} records expired, {} purged", expired, purged);
        }
    }
}
