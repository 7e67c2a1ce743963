package org.tangier.analysis.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.analysis.EarlyWarningRaised;
import org.tangier.platform.TimeOrderedIds;

/**
 * Pushes the early warnings: every hour, once per cluster (ShedLock), evaluates for each agency the hits it may see
 * per checkpoint, country, route and crime area, today so far and yesterday, each against the same weekday of the
 * previous eight weeks ({@link EarlyWarnings#sameWeekday}). Today so far is judged against a whole day's
 * expectation, which errs towards silence in the morning and raises the alarm as soon as the day's count alone is
 * improbable. A new warning is stored and published ({@link EarlyWarningRaised}) in one transaction; the same warning
 * found again later that day updates its figures without a second announcement.
 */
@Component
class WarningSweep {

    static final String[] DIMENSIONS = {"checkpoint", "country", "route", "crime-area"};

    private final JdbcClient jdbc;
    private final TrendTally tally;
    private final WarningStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WarningSweep(JdbcClient jdbc, TrendTally tally, WarningStore store, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${tangier.analysis.warning-sweep:0 7 * * * *}", zone = "UTC")
    @SchedulerLock(name = "analysis.early-warnings", lockAtMostFor = "PT20M")
    void scheduled() {
        sweep();
    }

    /** Evaluates and pushes; returns the warnings newly raised. */
    @Transactional
    List<EarlyWarningRaised> sweep() {
        tally.flush();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate start = today.minusDays(1 + 7L * EarlyWarnings.HISTORY_WEEKS);
        // agency -> dimension \u0000 key -> day -> hits
        Map<String, Map<String, Map<LocalDate, Long>>> counts = new HashMap<>();
        jdbc.sql("select agency, tally_day, checkpoint, country, route, areas, n from trend_tally where measure = :m and tally_day >= :start")
                .param("m", TrendTally.HIT).param("start", Date.valueOf(start))
                .query(rs -> {
                    Map<String, Map<LocalDate, Long>> byKey = counts.computeIfAbsent(rs.getString(1), a -> new HashMap<>());
                    LocalDate day = rs.getDate(2).toLocalDate();
                    long n = rs.getLong(7);
                    count(byKey, "checkpoint", rs.getString(3), day, n);
                    count(byKey, "country", rs.getString(4), day, n);
                    count(byKey, "route", rs.getString(5), day, n);
                    String areas = rs.getString(6);
                    for (String a : areas.isEmpty() ? new String[0] : areas.split(",")) {
                        count(byKey, "crime-area", a, day, n);
                    }
                });
        List<EarlyWarningRaised> raised = new ArrayList<>();
        counts.forEach((agency, byKey) -> byKey.forEach((dk, byDay) -> {
            int cut = dk.indexOf('\u0000');
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                long history = 0;
                for (int w = 1; w <= EarlyWarnings.HISTORY_WEEKS; w++) {
                    history += byDay.getOrDefault(day.minusWeeks(w), 0L);
                }
                EarlyWarnings.Warning warning = EarlyWarnings.sameWeekday(dk.substring(0, cut), dk.substring(cut + 1),
                        byDay.getOrDefault(day, 0L), history);
                if (warning != null) {
                    var id = TimeOrderedIds.next();
                    if (store.keep(id, agency, day, warning, now)) {
                        EarlyWarningRaised event = new EarlyWarningRaised(id, agency, warning.dimension(),
                                warning.key(), day, warning.observed(), warning.expected(), warning.pValue(),
                                warning.test(), now);
                        events.publishEvent(event);
                        raised.add(event);
                    }
                }
            }
        }));
        return raised;
    }

    private static void count(Map<String, Map<LocalDate, Long>> byKey, String dimension, String key, LocalDate day,
            long n) {
        if (key == null || key.isEmpty()) {
            return;
        }
        byKey.computeIfAbsent(dimension + '\u0000' + key, k -> new HashMap<>()).merge(day, n, Long::sum);
    }
}
