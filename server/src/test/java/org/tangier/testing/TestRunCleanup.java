package org.tangier.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Removes, when the test run ends, what tests made outside the JVM: the PostgreSQL test database, file databases
 * under target/. A passing build leaves no database behind (the next run also drops those of a run that was killed).
 * Registered with JUnit through META-INF/services.
 */
public final class TestRunCleanup implements LauncherSessionListener {

    private static final List<Runnable> CLEANUPS = new ArrayList<>();

    private final List<Runnable> registered;

    /** The listener JUnit loads: runs what {@link #atEnd} registered. */
    public TestRunCleanup() {
        this(CLEANUPS);
    }

    /** A listener over its own list, so a test can run the cleanup without ending the run's shared resources. */
    TestRunCleanup(List<Runnable> registered) {
        this.registered = registered;
    }

    /** Runs {@code cleanup} when the test run ends. */
    public static synchronized void atEnd(Runnable cleanup) {
        CLEANUPS.add(cleanup);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        List<Runnable> cleanups;
        synchronized (TestRunCleanup.class) {
            cleanups = List.copyOf(registered);
            registered.clear();
        }
        for (Runnable cleanup : cleanups.reversed()) {
            try {
                cleanup.run();
            } catch (RuntimeException e) {
                // a cleanup that fails must not fail a run whose tests passed; the next run's start retries it
                System.err.println("Test run cleanup failed: " + e);
            }
        }
    }
}
