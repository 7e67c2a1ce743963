package org.tangier.hits.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many refused matches one agency may draw against one record in a day before its answers stop distinguishing
 * HIT from POSSIBLE and the owner is alerted.
 *
 * @param refusedPerDay tangier.hits.probing.refused-per-day (TANGIER_HITS_PROBING_REFUSED_PER_DAY), default 10: far
 *                      above the few checks a real traveller draws at one agency's borders in a day, far below the
 *                      variants of name and birth date a prober needs to map a record
 */
@ConfigurationProperties("tangier.hits.probing")
record ProbingSettings(Integer refusedPerDay) {

    ProbingSettings {
        refusedPerDay = refusedPerDay == null ? 10 : refusedPerDay;
        if (refusedPerDay < 1) {
            throw new IllegalArgumentException("tangier.hits.probing.refused-per-day (TANGIER_HITS_PROBING_REFUSED_PER_DAY) must be at least 1");
        }
    }
}
