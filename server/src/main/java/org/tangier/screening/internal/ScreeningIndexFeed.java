package org.tangier.screening.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.notices.Notices;
import org.tangier.platform.AfterCommit;
import org.tangier.platform.cluster.FromOtherNode;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordType;
import org.tangier.records.Records;
import org.tangier.records.RecordsImported;

/**
 * Builds this node's index at start-up and keeps it current.
 *
 * <p>The listeners are plain {@link TransactionalEventListener}s (after commit, synchronous, with
 * {@code fallbackExecution} for events published outside a transaction), not asynchronous application module
 * listeners: the index then reflects a committed change before the request that made it returns, so an owner who
 * publishes a notice and a border officer who checks a second later agree, and tests need no waiting. The event
 * publication registry still records these listeners, so an update whose listener failed is retried at the next
 * start; and the start-up build reads the database anyway. The index is per node: each node runs these listeners on
 * its own, and in a cluster applies the other nodes' events as they arrive from Kafka ({@link FromOtherNode}).
 *
 * <p>The notices part may not be deployed (its contract exists before its implementation): without a
 * {@link Notices} bean, the index starts with no notices in force and learns them from the events.
 */
@Component
class ScreeningIndexFeed {

    private static final Logger log = LoggerFactory.getLogger(ScreeningIndexFeed.class);
    private static final int BATCH = 10_000;
    /** Catch-up re-reads records changed this long before the snapshot too: a change committed late is not missed. */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(10);

    private final ScreeningIndex index;
    private final Records records;
    private final ObjectProvider<Notices> notices;
    private final ScreeningSettings settings;
    private final Path snapshotDir;
    private final String database;
    private final Clock clock;
    private volatile Instant builtAt;
    private volatile boolean fromSnapshot;

    ScreeningIndexFeed(ScreeningIndex index, Records records, ObjectProvider<Notices> notices, ScreeningSettings settings,
            @Value("${tangier.data-dir}") Path dataDir, @Value("${spring.datasource.url:}") String database, Clock clock) {
        this.index = index;
        this.records = records;
        this.notices = notices;
        this.settings = settings;
        this.snapshotDir = dataDir.resolve("screening");
        this.database = database;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void build() {
        long start = System.nanoTime();
        Instant startedAt = clock.instant();
        Notices source = notices.getIfAvailable();
        Optional<ScreeningIndex.Loaded> snapshot = settings.snapshots()
                ? index.loadSnapshot(snapshotDir, database, settings.snapshotMaxAge(), startedAt, source != null)
                : Optional.empty();
        fromSnapshot = snapshot.isPresent();
        if (snapshot.isPresent()) {
            ScreeningIndex.Loaded loaded = snapshot.get();
            Instant since = loaded.watermark().minus(CATCH_UP_MARGIN);
            long read = System.nanoTime();
            int noticesChanged = 0;
            if (loaded.withNotices()) {
                noticesChanged = replayNoticesChangedSince(source, since);
            } else if (loaded.withNames()) {
                readNoticesInForce();
            } else {
                // a snapshot of the oldest format: the notices in force and the persons of the snapshot are read
                // side by side, neither needs the other
                FutureTask<Void> noticesRead = new FutureTask<>(this::readNoticesInForce, null);
                Thread.ofPlatform().name("screening-notices").start(noticesRead);
                restorePersons();
                await(noticesRead);
            }
            long noticesDone = System.nanoTime();
            int changed = catchUp(since);
            List<UUID> missing = index.reconcileNoticeSubjects();
            missing.forEach(id -> records.snapshot(id).ifPresent(index::apply));
            IndexSnapshot.PartTimes parts = loaded.times();
            log.info("Screening index loaded from its snapshot of {} in {} ms (records {} ms, keys {} ms, names {} ms, "
                    + "notices {} ms, read side by side); notices in force {} in {} ms; {} records changed since caught "
                    + "up and {} notice subjects read in {} ms", loaded.watermark(), (read - start) / 1_000_000,
                    parts.tableMs(), parts.keysMs(), parts.namesMs(), parts.noticesMs(),
                    loaded.withNotices() ? "from the snapshot, " + noticesChanged + " changed since replayed"
                            : "read from the database", (noticesDone - read) / 1_000_000, changed, missing.size(),
                    (System.nanoTime() - noticesDone) / 1_000_000);
        } else {
            readNoticesInForce();
            buildFromDatabase();
        }
        builtAt = startedAt;
        ScreeningIndex.Stats stats = index.stats();
        log.info("Screening index ready in {} ms: {} records ({} persons by name), {} keys, {} notices in force",
                (System.nanoTime() - start) / 1_000_000, stats.records(), stats.persons(), stats.keys(),
                stats.noticesInForce());
        if (snapshot.isEmpty() && settings.snapshots()) {
            // so that the next start, even after a crash, does not read every record again
            Thread.ofPlatform().name("screening-snapshot").daemon().start(this::writeSnapshot);
        }
    }

    /**
     * Applies to the snapshot's notices in force the notices changed since {@code since}: published, edited,
     * cancelled or expired while this node was down. Returns how many.
     */
    private int replayNoticesChangedSince(Notices source, Instant since) {
        int[] count = {0};
        source.forEachChangedSince(since, notice -> {
            index.noticeChangedWhileDown(notice);
            count[0]++;
        }, noticeId -> {
            index.noticeEndedWhileDown(noticeId);
            count[0]++;
        });
        return count[0];
    }

    private void readNoticesInForce() {
        Notices source = notices.getIfAvailable();
        if (source != null) {
            source.forEachInForce(index::noticeKnown);
        }
    }

    /** Waits for the notices; a failure there fails the build (reconciling without them would drop every subject). */
    private static void await(FutureTask<Void> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the notices in force", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the notices in force", e.getCause());
        }
    }

    private void buildFromDatabase() {
        inBatches(records::forEachActive, index::applyAll);
    }

    private int catchUp(Instant since) {
        int[] count = {0};
        records.forEachChangedSince(since, record -> {
            index.apply(record);
            count[0]++;
        });
        return count[0];
    }

    private void restorePersons() {
        inBatches(each -> records.forEachActive(RecordType.PERSON, each), index::restorePersons);
    }

    /** Hands what {@code source} streams to {@code sink} 10,000 records at a time. */
    private static void inBatches(Consumer<Consumer<RecordSnapshot>> source, Consumer<List<RecordSnapshot>> sink) {
        List<RecordSnapshot> batch = new ArrayList<>(BATCH);
        source.accept(record -> {
            batch.add(record);
            if (batch.size() == BATCH) {
                sink.accept(batch);
                batch.clear();
            }
        });
        sink.accept(batch);
    }

    boolean startedFromSnapshot() {
        return fromSnapshot;
    }

    /** Written at shutdown too, so that a restart loads the index instead of reading every record. */
    @PreDestroy
    void writeSnapshot() {
        Instant watermark = builtAt;
        if (!settings.snapshots() || watermark == null) {
            return;
        }
        long start = System.nanoTime();
        Instant now = clock.instant();
        try {
            index.writeSnapshot(snapshotDir, now, database);
            log.info("Screening index snapshot written to {} in {} ms", snapshotDir, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the screening index snapshot to {}: {}", snapshotDir, e.toString());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordChanged event) {
        if (event.purged()) {
            index.remove(event.id());
            return;
        }
        records.snapshot(event.id()).ifPresentOrElse(index::apply, () -> index.remove(event.id()));
    }

    /**
     * An import's batch carries its records: they are indexed as they are, with no read back per record, once the
     * batch has committed. Not through the event publication registry ({@link AfterCommit}): a registry entry and
     * two committed updates per batch cost the import more than its own rows, and what the index would miss in a
     * crash is read at the next start anyway (snapshot plus the records changed since, or the whole database).
     */
    @EventListener
    void on(RecordsImported event) {
        AfterCommit.run(() -> apply(event));
    }

    /** A late delivery (replayed from another node) may carry an older version than one indexed since: read back. */
    private void apply(RecordsImported event) {
        boolean late = event.isLateAt(clock.instant());
        for (RecordsImported.ImportedRecord record : event.records()) {
            if (late) {
                records.snapshot(record.id()).ifPresentOrElse(index::apply, () -> index.remove(record.id()));
            } else {
                index.apply(record.snapshot());
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeInForce event) {
        index.noticeInForce(event, records::snapshot);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeWithdrawn event) {
        index.noticeWithdrawn(event.noticeId(), event.subjectIds());
    }

    /**
     * Another node's change, read from Kafka (cluster mode): applied like a change made here. A record change is
     * read back from the shared database, so an event that arrives late or twice still leaves the record as it is now.
     */
    @EventListener
    void on(FromOtherNode remote) {
        switch (remote.event()) {
            case RecordChanged e -> on(e);
            case RecordsImported e -> apply(e);
            case NoticeInForce e -> on(e);
            case NoticeWithdrawn e -> on(e);
            default -> {
                // not the index's business (hits, board events)
            }
        }
    }
}
