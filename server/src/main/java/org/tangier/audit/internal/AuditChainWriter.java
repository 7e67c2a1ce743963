package org.tangier.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.audit.AuditEntry;

/**
 * Appends drafts to the chain with group commit: one writer thread takes whatever has queued up, chains it under the
 * head lock in one transaction, and releases the callers. Under load, hundreds of entries share one commit; alone,
 * an entry waits for nothing but its own.
 *
 * <p>Most of a commit's cost does not depend on how many entries it holds (on H2, writing the changed pages of the
 * table and its five indexes; on PostgreSQL, the round trips, the head update and the WAL flush). So while entries
 * arrive together (the last commit held more than one), the writer waits up to {@code tangier.audit.group-wait}
 * (default 1 ms) for more before it commits, like PostgreSQL's {@code commit_delay} with {@code commit_siblings}: fewer,
 * larger commits for the same entries. An entry that arrives alone is committed at once. The wait changes only how
 * entries are grouped: each caller is still released only once its entry is committed, chained as before.
 */
@Component
class AuditChainWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChainWriter.class);
    private static final int MAX_BATCH = 500;

    private final AuditStore store;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(20_000);
    private volatile Thread thread;
    private volatile boolean running;
    /** The head as this writer last left it; null until the first batch, and after any failure. */
    private AuditStore.ChainHead knownHead;
    /** The head of this writer's last commit, and of its last signed checkpoint. */
    private volatile AuditStore.ChainHead committedHead;
    private AuditStore.ChainHead checkpointedHead;
    private final AuditCheckpoints checkpoints;
    /** How long the writer waits for more entries once entries arrive together; zero commits at once. */
    private final long groupWaitNanos;

    AuditChainWriter(AuditStore store, AuditWriterDatabase database, AuditCheckpoints checkpoints,
            @Value("${tangier.audit.group-wait:1ms}") Duration groupWait) {
        this.store = store;
        this.transaction = database.transaction();
        this.checkpoints = checkpoints;
        this.groupWaitNanos = Math.max(0, groupWait.toNanos());
    }

    /**
     * Signs the head of this writer's last commit into the checkpoint file, if it moved since the last checkpoint.
     * Every few seconds ({@code tangier.audit.checkpoint-interval}) and at shutdown: a truncation or rewrite of
     * anything up to the last checkpoint is then found by the verifier.
     */
    @Scheduled(fixedDelayString = "${tangier.audit.checkpoint-interval:10s}",
            initialDelayString = "${tangier.audit.checkpoint-interval:10s}")
    void checkpoint() {
        synchronized (checkpoints) {
            AuditStore.ChainHead head = committedHead;
            if (head != null && !head.equals(checkpointedHead)) {
                checkpoints.write(head.seq(), head.hash());
                checkpointedHead = head;
            }
        }
    }

    /** Queues a draft; the future completes with its sequence number once committed. */
    CompletableFuture<Long> append(AuditDraft draft) {
        Pending pending = new Pending(draft, new CompletableFuture<>());
        if (!running) {
            // Before start or after stop (start-up runners, shutdown hooks): write in the caller's thread.
            writeBatch(List.of(pending));
            return pending.done();
        }
        try {
            if (!queue.offer(pending, 10, TimeUnit.SECONDS)) {
                pending.done().completeExceptionally(new IllegalStateException("audit log is overloaded"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.done().completeExceptionally(e);
        }
        return pending.done();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        int lastBatchSize = 0;
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    lastBatchSize = 0;
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (lastBatchSize > 1 && running) {
                    gather(batch);
                }
                lastBatchSize = batch.size();
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** Adds to the batch what arrives within the group wait, until it is full. */
    private void gather(List<Pending> batch) throws InterruptedException {
        long deadline = System.nanoTime() + groupWaitNanos;
        while (batch.size() < MAX_BATCH) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
    }

    /**
     * Commits the batch. When the database refuses it, and not for want of a connection, the entries are written
     * again one by one, so that only the entry at fault fails; that one is still recorded scrubbed to ASCII if the
     * database takes it so.
     */
    private synchronized void writeBatch(List<Pending> batch) {
        try {
            commit(batch);
        } catch (RuntimeException e) {
            knownHead = null;
            if (isUnavailable(e)) {
                log.error("Could not append {} audit entries: the database is unavailable", batch.size(), e);
                batch.forEach(p -> p.done().completeExceptionally(e));
                return;
            }
            if (batch.size() > 1) {
                // handled: the cause is enough to find the entry at fault, its stack trace is the driver's
                log.warn("The database refused a batch of {} audit entries; writing them one by one: {}", batch.size(),
                        mostSpecific(e));
            }
            for (Pending pending : batch) {
                writeAlone(pending, batch.size() > 1 ? null : e);
            }
        }
    }

    private void writeAlone(Pending pending, RuntimeException refused) {
        if (refused == null) {
            try {
                commit(List.of(pending));
                return;
            } catch (RuntimeException e) {
                knownHead = null;
                refused = e;
            }
        }
        try {
            commit(List.of(new Pending(pending.draft().scrubbed(), pending.done())));
            log.warn("The database refused an audit entry ({}); it was recorded scrubbed to ASCII: {}",
                    pending.draft().action(), mostSpecific(refused));
        } catch (RuntimeException e) {
            knownHead = null;
            log.error("Could not append an audit entry ({})", pending.draft().action(), e);
            pending.done().completeExceptionally(e);
        }
    }

    private static String mostSpecific(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    private void commit(List<Pending> batch) {
        List<AuditEntry> chained = transaction.execute(status -> chainAndAppend(batch));
        knownHead = new AuditStore.ChainHead(chained.getLast().seq(), chained.getLast().hash());
        committedHead = knownHead;
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(chained.get(i).seq());
        }
    }

    /** No connection or a lost one: retrying entry by entry would only wait longer for the same answer. */
    private static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Chains the batch after the head this writer last wrote and moves the head in one conditional update. Only when
     * another node appended since (or at the first batch) is the head read under its lock, and the batch chained again.
     */
    private List<AuditEntry> chainAndAppend(List<Pending> batch) {
        AuditStore.ChainHead head = knownHead;
        if (head != null) {
            List<AuditEntry> entries = chain(batch, head);
            if (store.advanceHead(head, entries.getLast().seq(), entries.getLast().hash())) {
                store.append(entries);
                return entries;
            }
        }
        head = store.lockHead();
        List<AuditEntry> entries = chain(batch, head);
        store.append(entries);
        store.moveHead(entries.getLast().seq(), entries.getLast().hash());
        return entries;
    }

    private static List<AuditEntry> chain(List<Pending> batch, AuditStore.ChainHead head) {
        long seq = head.seq();
        String previous = head.hash();
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            AuditEntry entry = pending.draft().chain(++seq, previous);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("audit-chain-writer").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            checkpoint();
        } catch (RuntimeException e) {
            log.error("Could not write the last audit checkpoint", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop after the web server, so that in-flight requests can still be audited
        return Integer.MIN_VALUE + 100;
    }

    private record Pending(AuditDraft draft, CompletableFuture<Long> done) {
    }
}
