package org.tangier.analysis.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tangier.hits.HitRaised;
import org.tangier.hits.HitTrace;
import org.tangier.hits.Hits;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.notices.Notices;
import org.tangier.operations.OperationWatchListChanged;
import org.tangier.operations.Operations;
import org.tangier.platform.AfterCommit;
import org.tangier.platform.cluster.FromOtherNode;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordLinked;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.Records;
import org.tangier.records.RecordsImported;

/**
 * Holds the link graph: built whole at the first query, then kept up to date.
 *
 * <p><b>Changed in place</b> (at the first query after the change, so the writer's thread does no graph work): a
 * record created, changed, cancelled or purged ({@link RecordChanged}), an explicit link ({@link RecordLinked}), a
 * notice published, changed or withdrawn ({@link NoticeInForce}, {@link NoticeWithdrawn}), a hit raised
 * ({@link HitRaised}), an import batch ({@link RecordsImported}) and an operation's watch list, members or status
 * ({@link OperationWatchListChanged}). A record, notice, hit or watch list is read again as it is now and its node
 * replaced, added or removed; a record's shared-identifier edges are drawn again from the keys the
 * graph keeps ({@link SharedIdentifiers#update}) and a document's holder edge added; a notice's subject edges drawn
 * again; a hit gets its hit edge and its same-checkpoint edges from the recent hits the graph keeps per checkpoint
 * ({@link CheckpointNeighbours#place}); an import batch is placed as its records' changes, with its links read once
 * for the whole batch. Applying a change is idempotent (it reads what it places as it is now; a link or hit already
 * drawn is not drawn twice), which is what makes the race with a whole build harmless: the pending changes are
 * dropped when a build starts, and every change committed after that is still queued and applied to the new graph.
 *
 * A person's change, alone or in an import, is placed too: its possibly-same-person edges are searched again for
 * the persons it may touch ({@link SamePersons#update}). In a cluster the other nodes' changes arrive as
 * {@link FromOtherNode} and are queued as this node's own.
 *
 * <p><b>Built whole again</b> (a "stale" flag): a record that comes back to the graph after a first
 * version (its links, notices and hits are not in the event), more imported records between two queries than
 * {@code tangier.analysis.max-imported-in-place}, an import delivered late ({@link RecordsImported#isLateAt}), a hit
 * delivered so late that the hits it may be near are forgotten ({@link CheckpointNeighbours#placeable}); and once the
 * graph is older than {@code tangier.analysis.max-graph-age} (a day by default), which puts the name engine's
 * scores of the pairs no change searched again back on the current population (docs/analysis.md, "Maximum age").
 *
 * <p>Queries read the graph through {@link #reading()}, which holds the graph's read lock until closed; a change is
 * applied under its write lock. A thread that holds a reading must not ask for another one (applying a pending change
 * would wait for its own read lock).
 */
@Component
class LinkGraphCache {

    private final LinkGraphLoader loader;
    private final Records records;
    private final Notices notices;
    private final Hits hits;
    private final Operations operations;
    private final Clock clock;
    private final Duration maxAge;
    private final int maxImportedInPlace;
    /** Imported records queued since the queue was last emptied, to fall back to a whole build past the maximum. */
    private final AtomicInteger importedQueued = new AtomicInteger();
    private volatile LinkGraph graph;
    private volatile boolean stale = true;
    /** Changes committed since the graph was built and not applied to it yet: record ids and links, in order. */
    private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
    private volatile long builds;
    private volatile long changesApplied;
    /** How long the last application of changes held the write lock (what a query waited at most): benchmarks. */
    private volatile long lastWriteLockNanos;

    LinkGraphCache(LinkGraphLoader loader, Records records, Notices notices, Hits hits, Operations operations,
            Clock clock,
            @Value("${tangier.analysis.max-graph-age:PT24H}") Duration maxAge,
            @Value("${tangier.analysis.max-imported-in-place:" + MAX_IMPORTED_IN_PLACE + "}") int maxImportedInPlace) {
        this.loader = loader;
        this.records = records;
        this.notices = notices;
        this.hits = hits;
        this.operations = operations;
        this.clock = clock;
        this.maxAge = maxAge;
        this.maxImportedInPlace = maxImportedInPlace;
    }

    /**
     * Imported records placed in place between two queries at most; past it the graph is built whole. Placing is
     * linear in the records (a few hundred microseconds each at 1 M entities, the graph write-locked meanwhile) and a
     * whole build is minutes, so the bound is about how long queries wait, not about which is cheaper: 20,000 records
     * hold the queries for seconds; an initial load of millions is better read once, whole.
     */
    static final int MAX_IMPORTED_IN_PLACE = 20_000;

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
                importedQueued.set(0);
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
        importedQueued.set(0);
        List<Object> read = new ArrayList<>(changes.size());
        for (Object c : changes) {
            read.add(switch (c) {
                case UUID id -> refreshRead(g, id);
                case NoticeChange n -> new NoticeNow(n.id(), notices.inForce(n.id()));
                case HitChange h -> new HitNow(h.id(), hits.trace(h.id()));
                case OperationChange o -> new OperationNow(o.id(), operations.watchList(o.id()));
                case RecordsImported i -> importRead(g, i);
                default -> c;
            });
        }
        g.lock.writeLock().lock();
        long locked = System.nanoTime();
        try {
            for (Object c : read) {
                boolean applied = switch (c) {
                    case Refresh r -> refresh(g, r.id().toString(), r.now(), r.persons());
                    case RecordLinked l -> link(g, l);
                    case NoticeNow n -> notice(g, n.id().toString(), n.now());
                    case HitNow h -> hit(g, h.id().toString(), h.now());
                    case OperationNow o -> operation(g, o.id().toString(), o.now());
                    case ImportRead i -> imported(g, i.records(), i.links(), i.persons());
                    default -> throw new IllegalStateException("unknown change " + c);
                };
                if (!applied) {
                    stale = true;
                    return;
                }
                changesApplied++;
            }
        } finally {
            lastWriteLockNanos = System.nanoTime() - locked;
            g.lock.writeLock().unlock();
        }
    }

    private record Refresh(UUID id, Optional<RecordSnapshot> now, SamePersons.Plan persons) {
    }

    /**
     * The record as it is now and, for a person, its possibly-same-person edges worked out (the name searches) before
     * the write lock is taken: only this thread changes the graph, so reading its nodes here is safe.
     */
    private Refresh refreshRead(LinkGraph g, UUID id) {
        Optional<RecordSnapshot> now = records.snapshot(id);
        return new Refresh(id, now, personPlan(g, id.toString(), now.orElse(null)));
    }

    /** A person's plan (null for any other record): as it is now, or out when it is no longer active. */
    private static SamePersons.Plan personPlan(LinkGraph g, String id, RecordSnapshot now) {
        GraphNode old = g.node(id);
        if (now != null && now.status() == RecordStatus.ACTIVE && now.type() == RecordType.PERSON
                && (old == null || old.kind() == NodeKind.PERSON)) {
            return g.persons().plan(id, now);
        }
        if ((now == null || now.status() != RecordStatus.ACTIVE) && old != null && old.kind() == NodeKind.PERSON) {
            return g.persons().plan(id, null);
        }
        return null;
    }

    private record NoticeChange(UUID id) {
    }

    private record NoticeNow(UUID id, Optional<NoticeInForce> now) {
    }

    private record HitChange(UUID id) {
    }

    private record OperationChange(UUID id) {
    }

    private record OperationNow(UUID id, Optional<Operations.WatchList> now) {
    }

    private record HitNow(UUID id, Optional<HitTrace> now) {
    }

    private record ImportRead(List<RecordSnapshot> records, List<Records.RecordLink> links,
            List<SamePersons.Plan> persons) {
    }

    /**
     * The batch's records as the event carries them (queued in commit order), its links, read once, and its persons'
     * plans, worked out in the batch's order before the write lock.
     */
    private ImportRead importRead(LinkGraph g, RecordsImported batch) {
        List<RecordSnapshot> now = batch.records().stream().map(RecordsImported.ImportedRecord::snapshot).toList();
        List<Records.RecordLink> links = new ArrayList<>();
        records.forEachLinkOf(now.stream().map(RecordSnapshot::id).toList(), links::add);
        List<SamePersons.Plan> plans = new ArrayList<>();
        for (RecordSnapshot r : now) {
            SamePersons.Plan plan = personPlan(g, r.id().toString(), r);
            if (plan != null) {
                plans.add(plan);
            }
        }
        return new ImportRead(now, links, plans);
    }

    /** The record as it is now, in the graph; false when only a whole build can place it. */
    static boolean refresh(LinkGraph g, String id, Optional<RecordSnapshot> now, SamePersons.Plan persons) {
        GraphNode old = g.node(id);
        if (now.isEmpty() || now.get().status() != RecordStatus.ACTIVE) {
            if (old != null) {
                g.identifiers().update(g, id, null);
                if (persons != null) {
                    persons.draw(g);
                }
                g.remove(id);
            }
            return true;
        }
        RecordSnapshot r = now.get();
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
        holder(g, r);
        if (persons != null) {
            persons.draw(g);
        }
        return true;
    }

    /**
     * An import batch as its records' changes: every node first (a document may name a holder later in the batch),
     * then the identifiers, holders and links. False, before any change, when one record cannot be placed.
     */
    static boolean imported(LinkGraph g, List<RecordSnapshot> batch, List<Records.RecordLink> links,
            List<SamePersons.Plan> persons) {
        for (RecordSnapshot r : batch) {
            GraphNode old = g.node(r.id().toString());
            if (r.status() == RecordStatus.ACTIVE && ((old == null && r.version() > 1)
                    || (old != null && old.kind() != NodeKind.of(r.type())))) {
                return false;
            }
        }
        for (RecordSnapshot r : batch) {
            String id = r.id().toString();
            if (r.status() != RecordStatus.ACTIVE) {
                if (g.node(id) != null) {
                    g.identifiers().update(g, id, null);
                    g.remove(id);
                }
            } else if (g.node(id) == null) {
                g.add(LinkGraphLoader.recordNode(r));
            } else {
                g.replace(LinkGraphLoader.recordNode(r));
            }
        }
        for (RecordSnapshot r : batch) {
            if (r.status() == RecordStatus.ACTIVE) {
                g.identifiers().update(g, r.id().toString(), r);
                holder(g, r);
            }
        }
        persons.forEach(p -> p.draw(g)); // in the batch's order, once every node is in (a removed one's edges went)
        for (Records.RecordLink l : links) {
            link(g, new RecordLinked(l.from(), l.to(), l.relation()));
        }
        return true;
    }

    /** A notice as it is now: out of the graph, or in with its subject edges drawn again (a notice has no others). */
    static boolean notice(LinkGraph g, String id, Optional<NoticeInForce> now) {
        GraphNode old = g.node(id);
        if (old != null && old.kind() != NodeKind.NOTICE) {
            return false;
        }
        g.remove(id);
        now.ifPresent(n -> LinkGraphLoader.addNotice(g, n));
        return true;
    }

    /**
     * An operation's watch list as it is now: out of the graph (closed, or nothing watched), or in with its node's
     * members and its watched edges drawn again (an operation node has no other edges).
     */
    static boolean operation(LinkGraph g, String id, Optional<Operations.WatchList> now) {
        GraphNode old = g.node(id);
        if (old != null && old.kind() != NodeKind.OPERATION) {
            return false;
        }
        g.remove(id);
        now.ifPresent(w -> LinkGraphLoader.addWatchList(g, w));
        return true;
    }

    /**
     * A hit just raised: its node, its edge to the record and its same-checkpoint edges. A hit never changes once
     * raised (a repeated check is a sighting of it), so one already in the graph is left as it is.
     */
    static boolean hit(LinkGraph g, String id, Optional<HitTrace> now) {
        if (now.isEmpty() || g.node(id) != null) {
            return true;
        }
        if (!g.checkpoints().placeable(now.get())) {
            return false;
        }
        LinkGraphLoader.addHit(g, now.get());
        g.checkpoints().place(g, now.get());
        return true;
    }

    /**
     * A document's holder edge as the record names it now: an edge to a former holder goes, as a whole build would
     * not draw it (an explicit link whose relation is the word "holder" cannot be told from it, and goes too).
     */
    static void holder(LinkGraph g, RecordSnapshot r) {
        if (r.type() != RecordType.TRAVEL_DOCUMENT) {
            return; // only a document names a holder (a person's "holder" edges are its documents')
        }
        String id = r.id().toString();
        String now = r.details() instanceof TravelDocumentDetails d && d.holderId() != null && !d.holderId().isBlank()
                ? d.holderId().strip() : null;
        for (GraphEdge e : List.copyOf(g.system().edgesOf(id))) {
            if (e.kind().equals("link") && e.explanation().equals("holder") && !e.other(id).equals(now)) {
                g.disconnect(id, e.other(id), "link", "holder");
            }
        }
        LinkGraphLoader.connectHolder(g, r);
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
        importedQueued.set(0);
    }

    /** How many times the graph was built whole (tests: a change applied in place does not build). */
    long builds() {
        return builds;
    }

    long changesApplied() {
        return changesApplied;
    }

    long lastWriteLockNanos() {
        return lastWriteLockNanos;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordChanged event) {
        pending.add(event.id());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordLinked event) {
        pending.add(event);
    }

    /**
     * Not through the event publication registry: one import batch is one event, and the cache is per node. A batch
     * delivered late may carry records changed since, and too many records are better read whole.
     */
    @EventListener
    void on(RecordsImported event) {
        AfterCommit.run(() -> {
            if (event.isLateAt(clock.instant())
                    || importedQueued.addAndGet(event.records().size()) > maxImportedInPlace) {
                stale = true;
            } else {
                pending.add(event);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeInForce event) {
        pending.add(new NoticeChange(event.noticeId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeWithdrawn event) {
        pending.add(new NoticeChange(event.noticeId()));
    }

    /*
     * A hit flagged to an operation (OperationHitFlagged) changes nothing the graph holds: the hit arrives as
     * HitRaised, and the flag is an entry in the operation's log, not on its watch list.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(HitRaised event) {
        pending.add(new HitChange(event.hitId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OperationWatchListChanged event) {
        pending.add(new OperationChange(event.operationId()));
    }

    /**
     * In a cluster, another node's change, applied as if it had been made here: every change the graph places in
     * place is cluster-wide ({@code @Externalized}), so that a node's graph needs no periodic whole build to learn
     * the others' changes.
     */
    @EventListener
    void on(FromOtherNode remote) {
        switch (remote.event()) {
            case RecordChanged e -> on(e);
            case RecordLinked e -> on(e);
            case RecordsImported e -> on(e);
            case NoticeInForce e -> on(e);
            case NoticeWithdrawn e -> on(e);
            case HitRaised e -> on(e);
            case OperationWatchListChanged e -> on(e);
            default -> {
            }
        }
    }
}
