package org.tangier.hits.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tangier.hits.HitPriority;

/**
 * How long an owner has to acknowledge a hit, by priority.
 *
 * @param urgent  RED and ORANGE notices (tangier.hits.acknowledge-within.urgent, default 15 minutes)
 * @param high    every other notice (default 2 hours)
 * @param routine objects screened by themselves: stolen documents, vehicles, firearms (default 24 hours)
 */
@ConfigurationProperties("tangier.hits.acknowledge-within")
record HitSettings(Duration urgent, Duration high, Duration routine) {

    HitSettings {
        urgent = urgent == null ? Duration.ofMinutes(15) : urgent;
        high = high == null ? Duration.ofHours(2) : high;
        routine = routine == null ? Duration.ofHours(24) : routine;
        for (Duration d : new Duration[] {urgent, high, routine}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("tangier.hits.acknowledge-within.* (TANGIER_HITS_ACKNOWLEDGE_WITHIN_*) must be positive durations, e.g. 15m");
            }
        }
    }

    Duration forPriority(HitPriority priority) {
        return switch (priority) {
            case URGENT -> urgent;
            case HIGH -> high;
            case ROUTINE -> routine;
        };
    }
}
