package org.tangier.screening.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.notices.Notices;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.Records;

/**
 * Builds this node's index at start-up and keeps it current.
 *
 * <p>The listeners are plain {@link TransactionalEventListener}s (after commit, synchronous, with
 * {@code fallbackExecution} for events published outside a transaction), not asynchronous application module
 * listeners: the index then reflects a committed change before the request that made it returns, so an owner who
 * publishes a notice and a border officer who checks a second later agree, and tests need no waiting. The event
 * publication registry still records these listeners, so an update whose listener failed is retried at the next
 * start; and the start-up build reads the database anyway. The index is per node: each node runs these listeners on
 * its own (externalised events when there are several nodes).
 *
 * <p>The notices part may not be deployed (its contract exists before its implementation): without a
 * {@link Notices} bean, the index starts with no notices in force and learns them from the events.
 */
@Component
class ScreeningIndexFeed {

    private static final Logger log = LoggerFactory.getLogger(ScreeningIndexFeed.class);
    private static final int BATCH = 10_000;

    private final ScreeningIndex index;
    private final Records records;
    private final ObjectProvider<Notices> notices;

    ScreeningIndexFeed(ScreeningIndex index, Records records, ObjectProvider<Notices> notices) {
        this.index = index;
        this.records = records;
        this.notices = notices;
    }

    @EventListener(ApplicationStartedEvent.class)
    void build() {
        long start = System.nanoTime();
        Notices source = notices.getIfAvailable();
        if (source != null) {
            source.forEachInForce(index::noticeKnown);
        }
        List<RecordSnapshot> batch = new ArrayList<>(BATCH);
        records.forEachActive(record -> {
            batch.add(record);
            if (batch.size() == BATCH) {
                index.applyAll(batch);
                batch.clear();
            }
        });
        index.applyAll(batch);
        ScreeningIndex.Stats stats = index.stats();
        log.info("Screening index built in {} ms: {} records ({} persons by name), {} keys, {} notices in force",
                (System.nanoTime() - start) / 1_000_000, stats.records(), stats.persons(), stats.keys(),
                stats.noticesInForce());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordChanged event) {
        if (event.purged()) {
            index.remove(event.id());
            return;
        }
        records.snapshot(event.id()).ifPresentOrElse(index::apply, () -> index.remove(event.id()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeInForce event) {
        index.noticeInForce(event, records::snapshot);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeWithdrawn event) {
        index.noticeWithdrawn(event.noticeId(), event.subjectIds());
    }
}
