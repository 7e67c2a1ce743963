package org.tangier.screening.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tangier.matching.name.MatchThresholds;

/**
 * @param hitThreshold      a score at or above it is a HIT (tangier.screening.hit-threshold, default 0.90)
 * @param possibleThreshold at or above it, and under the HIT threshold, a POSSIBLE (default 0.75)
 * @param maxMatches        matches returned per check (default 10)
 * @param batchMaxRows      rows a manifest may have (default 100000)
 * @param snapshots         keep the key index and record table in a snapshot under the data directory, written after
 *                          a full build and at shutdown, loaded at start (default true)
 * @param snapshotMaxAge    an older snapshot is ignored and the index rebuilt from the database (default 7 days; keep it
 *                          under the records' purge delay, since purged records are not caught up)
 */
@ConfigurationProperties("tangier.screening")
record ScreeningSettings(Double hitThreshold, Double possibleThreshold, Integer maxMatches, Integer batchMaxRows,
        Boolean snapshots, java.time.Duration snapshotMaxAge) {

    ScreeningSettings {
        hitThreshold = hitThreshold == null ? MatchThresholds.DEFAULT.hit() : hitThreshold;
        possibleThreshold = possibleThreshold == null ? MatchThresholds.DEFAULT.possible() : possibleThreshold;
        maxMatches = maxMatches == null ? 10 : maxMatches;
        batchMaxRows = batchMaxRows == null ? 100_000 : batchMaxRows;
        snapshots = snapshots == null || snapshots;
        snapshotMaxAge = snapshotMaxAge == null ? java.time.Duration.ofDays(7) : snapshotMaxAge;
        if (!(possibleThreshold > 0 && possibleThreshold <= hitThreshold && hitThreshold <= 1)) {
            throw new IllegalArgumentException("tangier.screening.possible-threshold (TANGIER_SCREENING_POSSIBLE_THRESHOLD) and "
                    + "hit-threshold (TANGIER_SCREENING_HIT_THRESHOLD) must satisfy 0 < possible <= hit <= 1; got "
                    + possibleThreshold + " and " + hitThreshold);
        }
        if (maxMatches < 1 || batchMaxRows < 1) {
            throw new IllegalArgumentException("tangier.screening.max-matches and batch-max-rows must be positive");
        }
    }

    MatchThresholds thresholds() {
        return new MatchThresholds(hitThreshold, possibleThreshold);
    }
}
