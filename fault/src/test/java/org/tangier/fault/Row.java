package org.tangier.fault;

/** One line of the suite's table: what a scenario expected on a backend and what it observed. */
record Row(Scenario scenario, Backend backend, String observed, boolean pass) {

    boolean known() {
        return !pass && KnownFailures.known(scenario, backend);
    }

    String verdict() {
        if (pass) {
            return KnownFailures.known(scenario, backend) ? "PASS (now passes: remove from KnownFailures)" : "PASS";
        }
        return known() ? "FAIL (known, KnownFailures)" : "FAIL";
    }
}
