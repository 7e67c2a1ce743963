package org.tangier.analysis.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.HitTrace;
import org.tangier.hits.Hits;
import org.tangier.platform.Caller;

/**
 * The trends dashboard over hits, and its early warnings. A hit counts for an analyst only when its agency may see
 * the hit, the same rule as on the link graph: the record's owner and the checking agency. Nothing else (no total,
 * no "other agencies" bucket) is told, so a refused agency's dashboard is what it would be if those hits did not exist.
 * Every answer is audited with its purpose.
 */
@Service
class HitTrends {

    private final Hits hits;
    private final AuditLog audit;
    private final Clock clock;

    HitTrends(Hits hits, AuditLog audit, Clock clock) {
        this.hits = hits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Counts over the last {@code weeks} weeks, by country, checkpoint and week, and this week's warnings. */
    record Dashboard(Instant from, Instant until, long hits, Map<String, Long> byCountry, Map<String, Long> byCheckpoint,
            Map<LocalDate, Long> byWeek, List<EarlyWarnings.Warning> warnings) {
    }

    Dashboard dashboard(Caller caller, int weeks, String purpose) {
        Instant now = clock.instant();
        Instant from = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(7L * weeks));
        String agency = caller.agencyCode();
        List<HitTrace> visible = new ArrayList<>();
        hits.forEachTrace(h -> {
            if (agency.equals(h.ownerAgency()) || agency.equals(h.checkingAgency())) {
                visible.add(h);
            }
        });
        Map<String, Long> byCountry = new HashMap<>();
        Map<String, Long> byCheckpoint = new HashMap<>();
        Map<LocalDate, Long> byWeek = new TreeMap<>();
        long total = 0;
        List<EarlyWarnings.Event> events = new ArrayList<>(visible.size() * 2);
        for (HitTrace h : visible) {
            events.add(new EarlyWarnings.Event("checkpoint", h.locationCode(), h.raisedAt()));
            events.add(new EarlyWarnings.Event("country", h.locationCountry(), h.raisedAt()));
            if (h.raisedAt().isBefore(from) || h.raisedAt().isAfter(now)) {
                continue;
            }
            total++;
            byCountry.merge(h.locationCountry() == null ? "" : h.locationCountry(), 1L, Long::sum);
            byCheckpoint.merge(h.locationCode() == null ? "" : h.locationCode(), 1L, Long::sum);
            LocalDate day = LocalDate.ofInstant(h.raisedAt(), ZoneOffset.UTC);
            byWeek.merge(day.minusDays(day.getDayOfWeek().getValue() - 1L), 1L, Long::sum);
        }
        List<EarlyWarnings.Warning> warnings = EarlyWarnings.of(events, now);
        audit.record(new AuditEvent("analysis.trends", "hits", agency, purpose, AuditEvent.Outcome.SUCCESS,
                weeks + " weeks, " + total + " hits, " + warnings.size() + " warnings"));
        return new Dashboard(from, now, total, highestFirst(byCountry), highestFirst(byCheckpoint), byWeek, warnings);
    }

    private static Map<String, Long> highestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
