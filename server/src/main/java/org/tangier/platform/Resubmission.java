package org.tangier.platform;

/**
 * Whether the current thread is handing incomplete event publications to their listeners again
 * ({@link EventResubmission}). The cluster's externalisation reads it: an event that another node published and could
 * not send (killed after its commit) is sent by the node that resubmits it, and that node must then apply it too,
 * not skip it as one of its own (docs/cluster.md, "What goes through Kafka").
 */
public final class Resubmission {

    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> false);

    private Resubmission() {
    }

    public static boolean inProgress() {
        return RUNNING.get();
    }

    static void run(Runnable resubmit) {
        RUNNING.set(true);
        try {
            resubmit.run();
        } finally {
            RUNNING.remove();
        }
    }
}
