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

    /**
     * The task, carrying the flag to the thread that runs it: a listener of the registry (the Kafka externaliser among
     * them) runs asynchronously, on another thread than the one that resubmits (a {@code TaskDecorator} of the
     * application's executor, platform.cluster).
     */
    public static Runnable carriedTo(Runnable task) {
        return inProgress() ? () -> run(task) : task;
    }

    public static void run(Runnable resubmit) {
        boolean outer = RUNNING.get();
        RUNNING.set(true);
        try {
            resubmit.run();
        } finally {
            if (!outer) {
                RUNNING.remove();
            }
        }
    }
}
