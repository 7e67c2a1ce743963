package org.tangier.hits.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts the refused matches each checking agency draws against each record in a UTC day. Kept in memory on each
 * node: a prober spread over several nodes gets at most the budget per node, which still bounds what it learns, and
 * a restart forgets the day's counts (both said in the screening guide).
 */
@Component
class ProbingBudget {

    /** Today's state: the answer to "is this agency over its budget on this record", and whether to alert the owner. */
    enum Standing { WITHIN, CROSSED, OVER }

    private record Key(String agency, UUID record) {
    }

    private final ProbingSettings settings;
    private final Clock clock;
    private volatile LocalDate day;
    private volatile Map<Key, AtomicInteger> counts = new ConcurrentHashMap<>();

    ProbingBudget(ProbingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.day = today();
    }

    /** Counts one refused match of {@code agency} against {@code record}. */
    Standing count(String agency, UUID record) {
        LocalDate now = today();
        if (!now.equals(day)) {
            synchronized (this) {
                if (!now.equals(day)) {
                    counts = new ConcurrentHashMap<>();
                    day = now;
                }
            }
        }
        int n = counts.computeIfAbsent(new Key(agency, record), k -> new AtomicInteger()).incrementAndGet();
        int budget = settings.refusedPerDay();
        return n <= budget ? Standing.WITHIN : n == budget + 1 ? Standing.CROSSED : Standing.OVER;
    }

    int limit() {
        return settings.refusedPerDay();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
