package org.tangier.screening.internal;

import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: what a running node's screening index holds. */
public final class ScreeningIndexProbe {

    private ScreeningIndexProbe() {
    }

    /** Records screened (live in the index), persons by name, and keys. */
    public static int[] counts(ApplicationContext context) {
        ScreeningIndex.Stats stats = context.getBean(ScreeningIndex.class).stats();
        return new int[] {stats.records(), stats.persons(), stats.keys()};
    }
}
