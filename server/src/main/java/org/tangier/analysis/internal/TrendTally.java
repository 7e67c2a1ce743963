package org.tangier.analysis.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.hits.HitRaised;
import org.tangier.screening.CheckMade;

/**
 * Keeps the trends rollup ({@code trend_tally}): checks and hits counted per day, viewing agency, checkpoint, country,
 * route and crime areas. Counting happens in memory on the request's thread (a counter per key) and reaches the
 * database every few seconds as one added amount per key, so a check costs no write of its own; a crash loses at most
 * the last seconds of counts, which a trend can bear. Several nodes add to the same rows safely (update n = n + ?).
 *
 * <p>Who a count is for, by the rules the rest of the platform applies: a check for the checking agency; a hit for
 * its record's owner, the checking agency and the coordination centre (whose duty officers see every agency's hits
 * on the board). A hit's crime areas are its notice's and its record's, read when the count is written.
 */
@Component
class TrendTally {

    static final String CHECK = "check";
    static final String HIT = "hit";

    /** One row of the rollup, without its count. Absent values are "". */
    record Key(LocalDate day, String agency, String measure, String checkpoint, String country, String route,
            String areas) {

        Key {
            checkpoint = clean(checkpoint, 40);
            country = clean(country, 3).toUpperCase(java.util.Locale.ROOT);
            route = clean(route, 16).toUpperCase(java.util.Locale.ROOT);
            areas = clean(areas, 400);
        }

        private static String clean(String s, int max) {
            if (s == null) {
                return "";
            }
            String t = s.strip();
            return t.length() > max ? t.substring(0, max) : t;
        }
    }

    private final JdbcClient jdbc;
    private final CrimeAreas crimeAreas;
    private final CoordinationCentre centre;
    private final TransactionTemplate tx;
    private static final Logger LOG = LoggerFactory.getLogger(TrendTally.class);

    /** Counts not written yet: checks as they arrive, and any amount a failed flush gives back. */
    private final Map<Key, LongAdder> checks = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<HitRaised> hits = new ConcurrentLinkedQueue<>();

    TrendTally(JdbcClient jdbc, CrimeAreas crimeAreas, CoordinationCentre centre, PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.crimeAreas = crimeAreas;
        this.centre = centre;
    }

    @EventListener
    void on(CheckMade check) {
        Key key = new Key(LocalDate.ofInstant(check.at(), ZoneOffset.UTC), check.checkingAgency(), CHECK,
                check.checkpoint(), check.country(), check.route(), "");
        checks.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** After the hit's transaction commits: a hit rolled back is not counted. */
    @TransactionalEventListener
    void on(HitRaised hit) {
        hits.add(hit);
    }

    /** Writes what was counted since the last flush; the dashboard flushes first, so it reads its own node's counts. */
    @Scheduled(fixedDelayString = "${tangier.analysis.tally-flush:PT5S}")
    synchronized void flush() {
        Map<Key, Long> amounts = new HashMap<>();
        for (Key k : List.copyOf(checks.keySet())) {
            LongAdder a = checks.remove(k);
            if (a != null && a.sum() > 0) {
                amounts.merge(k, a.sum(), Long::sum);
            }
        }
        List<HitRaised> drained = new ArrayList<>();
        for (HitRaised h; (h = hits.poll()) != null; ) {
            drained.add(h);
        }
        if (!drained.isEmpty()) {
            Map<UUID, Set<CrimeArea>> byRecord = crimeAreas.of(Carrier.RECORD,
                    drained.stream().map(HitRaised::recordId).collect(Collectors.toSet()));
            Map<UUID, Set<CrimeArea>> byNotice = crimeAreas.of(Carrier.NOTICE, drained.stream()
                    .map(h -> h.where() == null ? null : h.where().noticeId()).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet()));
            for (HitRaised h : drained) {
                Set<CrimeArea> areas = EnumSet.noneOf(CrimeArea.class);
                areas.addAll(byRecord.getOrDefault(h.recordId(), Set.of()));
                if (h.where() != null && h.where().noticeId() != null) {
                    areas.addAll(byNotice.getOrDefault(h.where().noticeId(), Set.of()));
                }
                for (String agency : viewers(h)) {
                    amounts.merge(hitKey(h, agency, areas), 1L, Long::sum);
                }
            }
        }
        // one transaction: one commit (one log flush) for all the keys, not one per key. When it fails (another
        // node inserted a row first, which spoils a PostgreSQL transaction; the database is away), nothing of it is
        // written and every amount waits in memory for the next flush, so nothing is counted twice or lost.
        try {
            tx.executeWithoutResult(status -> amounts.forEach(this::add));
        } catch (RuntimeException e) {
            amounts.forEach((k, n) -> checks.computeIfAbsent(k, x -> new LongAdder()).add(n));
            LOG.warn("trend counts not written, kept for the next flush: {}", e.toString());
        }
    }

    /** The agencies a hit counts for: owner, checker and the coordination centre, each once. */
    Set<String> viewers(HitRaised h) {
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(h.ownerAgency());
        agencies.add(h.checkingAgency());
        agencies.add(centre.agency());
        return agencies;
    }

    static Key hitKey(HitRaised h, String agency, Set<CrimeArea> areas) {
        HitRaised.Where w = h.where();
        return new Key(LocalDate.ofInstant(h.raisedAt(), ZoneOffset.UTC), agency, HIT, w == null ? null : w.checkpoint(),
                w == null ? null : w.country(), w == null ? null : w.route(), String.join(",", CrimeAreas.ids(areas)));
    }

    private void add(Key k, long n) {
        if (update(k, n) == 0) {
            try {
                jdbc.sql("""
                        insert into trend_tally (tally_day, agency, measure, checkpoint, country, route, areas, n)
                        values (:day, :agency, :measure, :checkpoint, :country, :route, :areas, :n)""")
                        .params(params(k, n)).update();
            } catch (DuplicateKeyException raced) {
                throw raced; // another node inserted the row meanwhile: flush() keeps the counts for the next try
            }
        }
    }

    private int update(Key k, long n) {
        return jdbc.sql("""
                update trend_tally set n = n + :n where agency = :agency and measure = :measure and tally_day = :day
                  and checkpoint = :checkpoint and country = :country and route = :route and areas = :areas""")
                .params(params(k, n)).update();
    }

    private static Map<String, Object> params(Key k, long n) {
        return Map.of("day", Date.valueOf(k.day()), "agency", k.agency(), "measure", k.measure(),
                "checkpoint", k.checkpoint(), "country", k.country(), "route", k.route(), "areas", k.areas(), "n", n);
    }

    @PreDestroy
    void flushAtShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            // the database may already be closed; the last seconds of counts are lost, as documented
        }
    }
}
