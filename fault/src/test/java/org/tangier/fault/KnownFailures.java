package org.tangier.fault;

import java.util.Set;

/**
 * THE ONE LIST of scenarios that fail today because their fix (issue 13) has not landed yet. A failing scenario
 * listed here is reported as "known" and does not fail the build; any other failing scenario does. Remove a line
 * when its fix is merged; the suite prints "now passes" for a listed scenario that passed, as a reminder.
 */
final class KnownFailures {

    record Key(Scenario scenario, Backend backend) {
    }

    static final Set<Key> TODAY = Set.of(
            // the audit writer's batch rolls back on one bad entry (129-char username, NUL on PostgreSQL)
            new Key(Scenario.BATCH_POISONING, Backend.H2),
            new Key(Scenario.BATCH_POISONING, Backend.POSTGRES),
            // H2 loses acknowledged hits and their audit entries on SIGKILL (passed once with 4 hits on this branch:
            // the loss depends on timing)
            new Key(Scenario.KILL_9, Backend.H2),
            // not yet seen passing: the last run wedged the pool before it; the suite now runs it first
            new Key(Scenario.KILL_9, Backend.POSTGRES),
            // requests hold pool connections while waiting for the audit writer, which needs one too
            new Key(Scenario.POOL_2X, Backend.H2),
            new Key(Scenario.POOL_2X, Backend.POSTGRES),
            new Key(Scenario.POOL_5X, Backend.H2),
            new Key(Scenario.POOL_5X, Backend.POSTGRES),
            // the 1 MB cap covers application/json only
            new Key(Scenario.OVERSIZED_BODIES, Backend.H2),
            new Key(Scenario.OVERSIZED_BODIES, Backend.POSTGRES),
            // refused answers carry a score and change with the probe
            new Key(Scenario.PROBING, Backend.H2),
            new Key(Scenario.PROBING, Backend.POSTGRES));

    private KnownFailures() {
    }

    static boolean known(Scenario scenario, Backend backend) {
        return TODAY.contains(new Key(scenario, backend));
    }
}
