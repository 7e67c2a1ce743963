package org.tangier.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an update of a node's in-memory state once the current transaction has committed (at once outside a
 * transaction, and never when it rolls back), without the event publication registry.
 *
 * <p>For listeners whose state is rebuilt from the database at every start (the screening index, the link-graph
 * cache): a {@code @TransactionalEventListener} costs each event an insert into the registry's table and two
 * committed updates (processing, completed) per listener, and a retry at the next start that the start-up build
 * makes useless. An import of a million records paid for 2,000 batches that way more than for its own rows
 * (docs/exchange.md, "Measured"). Listeners whose work must survive a crash (hit delivery, webhooks) stay with the
 * registry.
 *
 * <p>An update that throws after the commit is logged, not rethrown: the change is committed and its caller must not
 * be told it failed; the state it missed is read again at the node's next start.
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    public static void run(Runnable update) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        update.run();
                    } catch (RuntimeException e) {
                        log.error("An update after a commit failed; this node's in-memory state misses it until its next start", e);
                    }
                }
            });
        } else {
            update.run();
        }
    }
}
