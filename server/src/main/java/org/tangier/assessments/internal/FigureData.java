package org.tangier.assessments.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tangier.analysis.AnalysisFigures;

/**
 * A figure as computed: the hit trend or the link chart, or why it could not be computed (the record is gone or no
 * longer visible). Stored as JSON at publication; the published document shows these values, never new ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FigureData(String kind, Instant computedAt, Trend trend, AnalysisFigures.LinkChart chart, String unavailable) {

    /** Counts in order: weeks oldest first, countries and checkpoints highest first. */
    record Trend(Instant from, Instant until, long hits, List<Count> byWeek, List<Count> byCountry,
            List<Count> byCheckpoint) {

        static Trend of(AnalysisFigures.HitTrend t) {
            return new Trend(t.from(), t.until(), t.hits(), counts(t.byWeek()), counts(t.byCountry()),
                    counts(t.byCheckpoint()));
        }

        private static List<Count> counts(Map<?, Long> map) {
            return map.entrySet().stream().map(e -> new Count(String.valueOf(e.getKey()), e.getValue())).toList();
        }
    }

    record Count(String key, long count) {
    }

    boolean available() {
        return unavailable == null;
    }
}
