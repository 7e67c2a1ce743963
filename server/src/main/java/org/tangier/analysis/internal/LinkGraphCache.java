package org.tangier.analysis.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tangier.hits.HitRaised;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.operations.OperationHitFlagged;
import org.tangier.platform.AfterCommit;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordsImported;

/**
 * Holds the built link graph and builds it again, whole, at the first query after the data changed. A change is
 * noticed when its transaction commits (a plain after-commit listener that only raises a flag, in the publisher's
 * thread, so the next query sees it); changes that publish no event (an operation's watch list) are caught by the
 * maximum age, {@code tangier.analysis.max-graph-age}. Incremental updates are the next step for large installations.
 */
@Component
class LinkGraphCache {

    private final LinkGraphLoader loader;
    private final Clock clock;
    private final Duration maxAge;
    private volatile LinkGraph graph;
    private volatile boolean stale = true;

    LinkGraphCache(LinkGraphLoader loader, Clock clock,
            @Value("${tangier.analysis.max-graph-age:PT1M}") Duration maxAge) {
        this.loader = loader;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    LinkGraph current() {
        LinkGraph g = graph;
        if (g != null && !stale && !clock.instant().isAfter(g.builtAt().plus(maxAge))) {
            return g;
        }
        synchronized (this) {
            g = graph;
            if (g == null || stale || clock.instant().isAfter(g.builtAt().plus(maxAge))) {
                stale = false;
                g = loader.load();
                graph = g;
            }
            return g;
        }
    }

    /** For the benchmark and tests that bring their own graph. */
    void use(LinkGraph built) {
        graph = built;
        stale = false;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordChanged event) {
        stale = true;
    }

    /** Not through the event publication registry: one import batch is one event, and the cache is per node. */
    @EventListener
    void on(RecordsImported event) {
        AfterCommit.run(() -> stale = true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeInForce event) {
        stale = true;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeWithdrawn event) {
        stale = true;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HitRaised event) {
        stale = true;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OperationHitFlagged event) {
        stale = true;
    }
}
