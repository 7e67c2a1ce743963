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

    /** Empty: every finding of issue 13 that the suite replays is fixed. */
    static final Set<Key> TODAY = Set.of();

    private KnownFailures() {
    }

    static boolean known(Scenario scenario, Backend backend) {
        return TODAY.contains(new Key(scenario, backend));
    }
}
