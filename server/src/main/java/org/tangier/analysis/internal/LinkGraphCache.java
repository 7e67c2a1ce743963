package org.tangier.analysis.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tangier.hits.HitRaised;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.operations.OperationHitFlagged;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordLinked;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.Records;
import org.tangier.records.RecordsImported;

/**
 * Holds the link graph: built whole at the first query, then kept up to date.
 *
 * <p><b>Changed in place</b> (at the first query after the change, so the writer's thread does no graph work): a
 * record created, changed, cancelled or purged ({@link RecordChanged}) and an explicit link ({@link RecordLinked}).
 * The record is read again and its node replaced, added or removed, its shared-identifier edges drawn again from the
 * keys the graph keeps ({@link SharedIdentifiers#update}) and a document's holder edge added. Applying a change is
 * idempotent (it reads the record as it is now; a link already drawn is not drawn twice), which is what makes the
 * race with a whole build harmless: the pending changes are dropped when a build starts, and every change committed
 * after that is still queued and applied to the new graph.
 *
 * <p><b>Built whole again</b> (a "stale" flag): a person's change (its possibly-same-person edges come from the name
 * engine, searched over all persons), a record that comes back to the graph after a first version (its links are not
 * in the event), an import (it may carry links), notices, hits and operations' hits; and changes that publish no
 * event (an operation's watch list) through the maximum age, {@code tangier.analysis.max-graph-age}.
 *
 * <p>Queries read the graph through {@link #reading()}, which holds the graph's read lock until closed; a change is
 * applied under its write lock. A thread that holds a reading must not ask for another one (applying a pending change
 * would wait for its own read lock).
 */
@Component
class LinkGraphCache {

    private final LinkGraphLoader loader;
    private final Records records;
    private final Clock clock;
    private final Duration maxAge;
    private volatile LinkGraph graph;
    private volatile boolean stale = true;
    /** Changes committed since the graph was built and not applied to it yet: record ids and links, in order. */
    private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
    private volatile long builds;
    private volatile long changesApplied;

    LinkGraphCache(LinkGraphLoader loader, Records records, Clock clock,
            @Value("${tangier.analysis.max-graph-age:PT1M}") Duration maxAge) {
        this.loader = loader;
        this.records = records;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The graph, up to date, read-locked until the answer is closed. */
    Reading reading() {
        LinkGraph g = current();
        if (!pending.isEmpty()) {
            apply(g);
            g = current(); // built again when a change needed it, or by another query meanwhile
        }
        g.lock.readLock().lock();
        return new Reading(g);
    }

    /** A graph held for reading: no change is applied to it until {@link #close()}. */
    static final class Reading implements AutoCloseable {
        private final LinkGraph graph;

        private Reading(LinkGraph graph) {
            this.graph = graph;
        }

        LinkGraph graph() {
            return graph;
        }

        @Override
        public void close() {
            graph.lock.readLock().unlock();
        }
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
                pending.clear(); // committed before the build reads: in it; committed after: queued again
                g = loader.load();
                graph = g;
                builds++;
            }
            return g;
        }
    }

    /**
     * Applies the pending changes to {@code g}, or marks the graph stale when one needs a whole build. The records
     * are read before the write lock is taken, so queries wait only for the graph's own change.
     */
    private synchronized void apply(LinkGraph g) {
        if (g != graph || stale) {
            return; // built again meanwhile (the queue belongs to the new graph), or about to be
        }
        List<Object> changes = new ArrayList<>();
        for (Object c = pending.poll(); c != null; c = pending.poll()) {
            changes.add(c);
        }
        List<Object> read = new ArrayList<>(changes.size());
        for (Object c : changes) {
            read.add(c instanceof UUID id ? new Refresh(id, records.snapshot(id)) : c);
        }
        g.lock.writeLock().lock();
        try {
            for (Object c : read) {
                boolean applied = switch (c) {
                    case Refresh r -> refresh(g, r.id().toString(), r.now());
                    case RecordLinked l -> link(g, l);
                    default -> throw new IllegalStateException("unknown change " + c);
                };
                if (!applied) {
                    stale = true;
                    return;
                }
                changesApplied++;
            }
        } finally {
            g.lock.writeLock().unlock();
        }
    }

    private record Refresh(UUID id, Optional<RecordSnapshot> now) {
    }

    /** The record as it is now, in the graph; false when only a whole build can place it. */
    static boolean refresh(LinkGraph g, String id, Optional<RecordSnapshot> now) {
        GraphNode old = g.node(id);
        if (now.isEmpty() || now.get().status() != RecordStatus.ACTIVE) {
            if (old != null) {
                g.identifiers().update(g, id, null);
                g.remove(id);
            }
            return true;
        }
        RecordSnapshot r = now.get();
        if (r.type() == RecordType.PERSON) {
            return false; // possibly-same-person edges: the name engine searches all persons
        }
        if (old == null && r.version() > 1) {
            return false; // back in the graph (or never seen): its links are not in the event
        }
        GraphNode node = LinkGraphLoader.recordNode(r);
        if (old == null) {
            g.add(node);
        } else if (old.kind() != node.kind()) {
            return false;
        } else {
            g.replace(node);
        }
        g.identifiers().update(g, id, r);
        LinkGraphLoader.connectHolder(g, r);
        return true;
    }

    /** An explicit link, once; a link to a record the graph does not hold is dropped, as a whole build drops it. */
    static boolean link(LinkGraph g, RecordLinked l) {
        String from = l.from().toString();
        String to = l.to().toString();
        if (!g.joined(from, to, "link", l.relation())) {
            g.connect(from, to, "link", l.relation());
        }
        return true;
    }

    /** For the benchmark and tests that bring their own graph. */
    void use(LinkGraph built) {
        graph = built;
        stale = false;
        pending.clear();
    }

    /** How many times the graph was built whole (tests: a change applied in place does not build). */
    long builds() {
        return builds;
    }

    long changesApplied() {
        return changesApplied;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordChanged event) {
        pending.add(event.id());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordLinked event) {
        pending.add(event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordsImported event) {
        stale = true;
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
