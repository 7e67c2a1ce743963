package org.tangier.analysis.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.operations.Operations;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * The analysts' dashboard: checks, hits, notices, messages and operations the caller's agency may see, by crime
 * area, country, checkpoint, route and day, with the early warnings raised for it. Checks and hits come from the
 * rollup ({@link TrendTally}), so the answer sums rows per day and place instead of scanning every check; notices and
 * messages from {@link TrendItems} under the access rules; operations from the caller's own operation list.
 * Nothing the agency may not see is counted, and no total of everything is given.
 */
@Service
class CrimeDashboard {

    private final JdbcClient jdbc;
    private final TrendTally tally;
    private final TrendItems items;
    private final CrimeAreas crimeAreas;
    private final Operations operations;
    private final WarningStore warnings;
    private final AuditLog audit;
    private final Clock clock;

    CrimeDashboard(JdbcClient jdbc, TrendTally tally, TrendItems items, CrimeAreas crimeAreas, Operations operations,
            WarningStore warnings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.items = items;
        this.crimeAreas = crimeAreas;
        this.operations = operations;
        this.warnings = warnings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Counts of one kind. A thing with several crime areas counts once in each; one with none under "none". Country:
     * of the checkpoint for checks and hits, of the owning (sending, leading) agency for notices, messages and
     * operations, which have no place of their own.
     */
    record Counts(long total, Map<LocalDate, Long> byDay, Map<String, Long> byCrimeArea, Map<String, Long> byCountry,
            Map<String, Long> byCheckpoint, Map<String, Long> byRoute) {
    }

    record Dashboard(LocalDate from, LocalDate until, Counts checks, Counts hits, Counts notices, Counts messages,
            Counts operations, List<WarningStore.StoredWarning> warnings) {
    }

    static final String NONE = "none";

    Dashboard dashboard(Caller caller, int days, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalid("purpose", "analysis.required-say-why-query-graph");
        }
        tally.flush();
        Instant now = clock.instant();
        LocalDate until = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate from = until.minusDays(days - 1L);
        String agency = caller.agencyCode();
        Counts checks = tallied(agency, TrendTally.CHECK, from, until);
        Counts hits = tallied(agency, TrendTally.HIT, from, until);
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Counts notices = listed(Carrier.NOTICE, items.visible(agency, TrendItems.NOTICE, start, now));
        Counts messages = listed(Carrier.MESSAGE, items.visible(agency, TrendItems.MESSAGE, start, now));
        Counts ops = operations(caller);
        List<WarningStore.StoredWarning> raised = warnings.recent(agency, from);
        audit.record(new AuditEvent("analysis.dashboard", "trends", agency, purpose.strip(), AuditEvent.Outcome.SUCCESS,
                days + " days: " + checks.total() + " checks, " + hits.total() + " hits, " + notices.total()
                        + " notices, " + messages.total() + " messages, " + ops.total() + " operations, "
                        + raised.size() + " warnings"));
        return new Dashboard(from, until, checks, hits, notices, messages, ops, raised);
    }

    private Counts tallied(String agency, String measure, LocalDate from, LocalDate until) {
        Builder b = new Builder();
        jdbc.sql("""
                select tally_day, checkpoint, country, route, areas, n from trend_tally
                where agency = :agency and measure = :measure and tally_day >= :from and tally_day <= :until""")
                .param("agency", agency).param("measure", measure).param("from", Date.valueOf(from))
                .param("until", Date.valueOf(until))
                .query(rs -> {
                    long n = rs.getLong(6);
                    String areas = rs.getString(5);
                    b.add(rs.getDate(1).toLocalDate(), areas.isEmpty() ? List.of() : List.of(areas.split(",")),
                            rs.getString(3), rs.getString(2), rs.getString(4), n);
                });
        return b.build(TrendTally.HIT.equals(measure));
    }

    private Counts listed(Carrier carrier, List<TrendItems.Item> visible) {
        Map<UUID, Set<CrimeArea>> areas = crimeAreas.of(carrier, visible.stream().map(TrendItems.Item::id).toList());
        Builder b = new Builder();
        for (TrendItems.Item i : visible) {
            b.add(LocalDate.ofInstant(i.at(), ZoneOffset.UTC), CrimeAreas.ids(areas.getOrDefault(i.id(), Set.of())),
                    i.owner(), null, null, 1);
        }
        return b.build(true);
    }

    /** The operations under way in the agency's own list (lead, participant or invited), by area and lead. */
    private Counts operations(Caller caller) {
        List<Operations.OperationUnderWay> list;
        try {
            list = operations.underWay(caller);
        } catch (ProblemException refused) {
            list = List.of(); // a role that may not read operations sees none
        }
        Map<UUID, Set<CrimeArea>> areas = crimeAreas.of(Carrier.OPERATION,
                list.stream().map(Operations.OperationUnderWay::id).toList());
        Builder b = new Builder();
        for (Operations.OperationUnderWay o : list) {
            b.add(null, CrimeAreas.ids(areas.getOrDefault(o.id(), Set.of())), o.lead(), null, null, 1);
        }
        return b.build(true);
    }

    /** Sums counts into the dimensions. */
    private static final class Builder {
        long total;
        final Map<LocalDate, Long> byDay = new TreeMap<>();
        final Map<String, Long> byArea = new HashMap<>();
        final Map<String, Long> byCountry = new HashMap<>();
        final Map<String, Long> byCheckpoint = new HashMap<>();
        final Map<String, Long> byRoute = new HashMap<>();

        void add(LocalDate day, List<String> areas, String country, String checkpoint, String route, long n) {
            total += n;
            if (day != null) {
                byDay.merge(day, n, Long::sum);
            }
            if (areas.isEmpty()) {
                byArea.merge(NONE, n, Long::sum);
            }
            for (String a : areas) {
                byArea.merge(a, n, Long::sum);
            }
            if (country != null && !country.isEmpty()) {
                byCountry.merge(country, n, Long::sum);
            }
            if (checkpoint != null && !checkpoint.isEmpty()) {
                byCheckpoint.merge(checkpoint, n, Long::sum);
            }
            if (route != null && !route.isEmpty()) {
                byRoute.merge(route, n, Long::sum);
            }
        }

        Counts build(boolean withAreas) {
            return new Counts(total, byDay, withAreas ? highestFirst(byArea) : Map.of(), highestFirst(byCountry),
                    highestFirst(byCheckpoint), highestFirst(byRoute));
        }
    }

    static Map<String, Long> highestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
