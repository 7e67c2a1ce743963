package org.tangier.analysis.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which checkpoints, countries or crime areas have more hits this week than their own history predicts. The
 * baseline is seasonal by week: the mean of the same seven-day window (same weekdays, same hours) in each of the
 * previous {@link #HISTORY_WEEKS} weeks, plus half a hit spread over them so that a place with no history is not
 * flagged for its first hit alone. The test: the Poisson upper tail P(X &ge; observed | expected) below
 * {@link #P_THRESHOLD}, with at least {@link #MIN_OBSERVED} hits.
 */
final class EarlyWarnings {

    static final int HISTORY_WEEKS = 8;
    static final double P_THRESHOLD = 0.01;
    static final int MIN_OBSERVED = 3;
    static final String TEST = "Poisson upper tail P(X >= observed | expected) < 0.01, expected = mean of the same "
            + "7-day window over the previous 8 weeks (+0.5 hit), at least 3 observed";

    static final String SAME_WEEKDAY_TEST = "Poisson upper tail P(X >= observed | expected) < 0.01, expected = mean of"
            + " the same weekday over the previous 8 weeks (+0.5 hit), at least 3 observed";

    private EarlyWarnings() {
    }

    /**
     * The scheduled evaluation's test for one day: {@code observed} hits on the day against the mean of the same
     * weekday in the previous {@link #HISTORY_WEEKS} weeks ({@code history} is their sum), plus half a hit spread
     * over them. Weekly seasonality is the one border traffic shows most (weekend ferries, Monday flights). Null when
     * the rise is not significant.
     */
    static Warning sameWeekday(String dimension, String key, long observed, long history) {
        double expected = (history + 0.5) / HISTORY_WEEKS;
        double p = PoissonTail.atLeast(observed, expected);
        return observed >= MIN_OBSERVED && p < P_THRESHOLD
                ? new Warning(dimension, key, observed, expected, p, SAME_WEEKDAY_TEST) : null;
    }

    /** One warning: where, what was seen this week, what its history predicts, and the test's p-value. */
    record Warning(String dimension, String key, long observed, double expected, double pValue, String test) {
    }

    /** An event to count: a hit at a place, on a crime area, at a time. */
    record Event(String dimension, String key, Instant at) {
    }

    static List<Warning> of(Iterable<Event> events, Instant now) {
        Duration week = Duration.ofDays(7);
        Instant historyStart = now.minus(week.multipliedBy(HISTORY_WEEKS + 1));
        Instant weekStart = now.minus(week);
        Map<List<String>, long[]> counts = new HashMap<>(); // [0] this week, [1] the history weeks together
        for (Event e : events) {
            if (e.key() == null || e.key().isBlank() || e.at().isBefore(historyStart) || !e.at().isBefore(now)) {
                continue;
            }
            long[] c = counts.computeIfAbsent(List.of(e.dimension(), e.key()), k -> new long[2]);
            c[e.at().isBefore(weekStart) ? 1 : 0]++;
        }
        List<Warning> warnings = new ArrayList<>();
        counts.forEach((k, c) -> {
            double expected = (c[1] + 0.5) / HISTORY_WEEKS;
            double p = PoissonTail.atLeast(c[0], expected);
            if (c[0] >= MIN_OBSERVED && p < P_THRESHOLD) {
                warnings.add(new Warning(k.get(0), k.get(1), c[0], expected, p, TEST));
            }
        });
        warnings.sort(Comparator.comparingDouble(Warning::pValue).thenComparing(Warning::key));
        return warnings;
    }
}
