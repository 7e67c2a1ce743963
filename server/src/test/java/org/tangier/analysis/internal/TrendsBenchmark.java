package org.tangier.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.operations.Operations;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.screening.CheckMade;

/**
 * A benchmark, not a test (run by hand, never by surefire): the crime dashboard over 10,000,000 checks and 100,000
 * hits, on PostgreSQL or H2, through the server's own {@link CrimeDashboard} (rollup, access by agency, audit call),
 * against the baseline of the same counts by scanning the raw events in the same database, in the same run.
 *
 * <p>Seeding: on PostgreSQL the raw events are generated inside the database (generate_series, a deterministic
 * spread over 365 days, 10 agencies, 50 checkpoints in 10 countries, 8 origins per checkpoint, 17 crime areas); the
 * rollup is then what {@link TrendTally} writes for those events, computed by one GROUP BY per measure. On H2, where
 * 10,000,000 raw rows do not fit in a run, the same events are generated in Java and only the rollup is written
 * ({@link #seedRollup}); the dashboard is then checked against the totals counted while generating, not against a
 * scan. The tally itself is timed separately on 1,000,000 check events: its in-memory count and its flush.
 *
 * <p>{@code -Dbench.db=NAME} names the PostgreSQL database (made and dropped) and the H2 directory under /tmp.
 *
 * <pre>java -Xmx2g -cp $(cat /tmp/areas-cp.txt):server/target/classes:server/target/test-classes \
 *   org.tangier.analysis.internal.TrendsBenchmark pg|h2 10000000 100000</pre>
 */
final class TrendsBenchmark {

    /** The PostgreSQL database (made and dropped) and the H2 directory under /tmp: {@code -Dbench.db=...}. */
    static final String DB_NAME = System.getProperty("bench.db", "tangier_trends_bench").replaceAll("[^a-z0-9_]", "");
    static final LocalDate END = LocalDate.of(2026, 12, 6);
    static final Instant NOW = END.atTime(23, 0).toInstant(ZoneOffset.UTC);
    static final String[] AREA_SETS = Stream.concat(Arrays.stream(CrimeArea.values()).map(CrimeArea::id),
            Stream.of("drug-trafficking,organised-crime", "people-smuggling,trafficking-in-human-beings",
                    "financial-crime,cybercrime")).toArray(String[]::new);

    public static void main(String[] args) throws Exception {
        String db = args[0];
        long checks = Long.parseLong(args[1]);
        long hits = Long.parseLong(args[2]);
        boolean pg = db.equals("pg");
        DataSource ds = pg ? postgres() : h2();
        JdbcClient jdbc = JdbcClient.create(ds);
        System.out.printf("%s, %,d checks, %,d hits, %d cores, max heap %d MB%n", db, checks, hits,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t = System.nanoTime();
        schema(ds, pg);
        long[][] expected = null;
        if (pg) {
            seed(ds, checks, hits);
            report("seeded raw events and rollup", t);
        } else {
            expected = seedRollup(ds, checks, hits);
            report("seeded the rollup directly (no raw events on H2)", t);
        }
        System.out.printf("rollup rows: %,d (checks %,d, hits %,d)%n",
                jdbc.sql("select count(*) from trend_tally").query(Long.class).single(),
                jdbc.sql("select count(*) from trend_tally where measure = 'check'").query(Long.class).single(),
                jdbc.sql("select count(*) from trend_tally where measure = 'hit'").query(Long.class).single());
        if (pg) {
            System.out.println("PostgreSQL sizes: rollup " + jdbc.sql("select pg_size_pretty(pg_total_relation_size('trend_tally'))")
                    .query(String.class).single() + ", raw checks " + jdbc.sql(
                    "select pg_size_pretty(pg_total_relation_size('bench_check'))").query(String.class).single());
        }

        CrimeAreas areas = noAreas();
        TrendTally tally = new TrendTally(jdbc, areas, new CoordinationCentre(new StandardEnvironment()),
                new DataSourceTransactionManager(ds));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CrimeDashboard dashboard = new CrimeDashboard(jdbc, tally, new TrendItems(jdbc, clock), areas, noOperations(),
                new WarningStore(jdbc), silentAudit(), clock);
        Caller analyst = new Caller(Caller.Kind.USER, "bench", "bench.analyst", "A3", EnumSet.of(Role.ANALYST));

        for (int days : new int[] {84, 365}) {
            List<Long> rollup = new ArrayList<>();
            CrimeDashboard.Dashboard[] last = new CrimeDashboard.Dashboard[1];
            for (int i = 0; i < 23; i++) {
                long s = System.nanoTime();
                last[0] = dashboard.dashboard(analyst, days, "benchmark");
                if (i >= 3) {
                    rollup.add(System.nanoTime() - s);
                }
            }
            long allocated = allocatedBy(() -> dashboard.dashboard(analyst, days, "benchmark"));
            System.out.printf("dashboard %d days for A3 via rollup: p50 %.1f ms, max %.1f ms (20 runs); checks %,d, hits %,d,"
                            + " checkpoints %d, routes %d, areas %d; %.1f MB allocated by one answer%n", days,
                    ms(pct(rollup, 50)), ms(pct(rollup, 100)), last[0].checks().total(), last[0].hits().total(),
                    last[0].checks().byCheckpoint().size(), last[0].checks().byRoute().size(),
                    last[0].hits().byCrimeArea().size(), allocated / 1e6);
            long[] scanned = new long[2];
            if (pg) {
                List<Long> scan = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    long s = System.nanoTime();
                    scanned[0] = scanCount(jdbc, "bench_check", "agency", days);
                    scanned[1] = scanCount(jdbc, "bench_hit", "viewer", days);
                    scan.add(System.nanoTime() - s);
                }
                System.out.printf("baseline %d days for A3 by scanning raw events: p50 %.1f ms, max %.1f ms (3 runs);"
                                + " checks %,d, hits %,d; ratio %.0fx%n", days, ms(pct(scan, 50)), ms(pct(scan, 100)),
                        scanned[0], scanned[1], (double) pct(scan, 50) / pct(rollup, 50));
            } else {
                scanned[0] = expected[0][days - 1];
                scanned[1] = expected[1][days - 1];
                System.out.printf("no raw-event baseline on H2; counted while seeding: checks %,d, hits %,d%n", scanned[0],
                        scanned[1]);
            }
            if (scanned[0] != last[0].checks().total() || scanned[1] != last[0].hits().total()) {
                throw new IllegalStateException("rollup and the raw count disagree");
            }
        }

        // the write path: 1,000,000 checks counted in memory, then one flush into the rollup
        int events = 1_000_000;
        long s = System.nanoTime();
        for (int i = 0; i < events; i++) {
            int cp = i % 50;
            tally.on(new CheckMade("A" + (cp % 10), NOW, "CP" + cp, "C" + (cp % 10), "O" + (i / 50 % 8) + "-C" + (cp % 10)));
        }
        long counted = System.nanoTime() - s;
        s = System.nanoTime();
        tally.flush();
        long flushed = System.nanoTime() - s;
        System.out.printf("tally: %,d checks counted in %.0f ms (%.0f ns a check), flushed in %.0f ms%n", events,
                ms(counted), (double) counted / events, ms(flushed));

        WarningSweep sweep = new WarningSweep(jdbc, tally, new WarningStore(jdbc), e -> { }, clock);
        s = System.nanoTime();
        // in one transaction, as the server's proxy runs it (@Transactional)
        int raised = new TransactionTemplate(new DataSourceTransactionManager(ds)).execute(st -> sweep.sweep()).size();
        report("warning sweep over all agencies (" + raised + " warnings)", s);

        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after GC: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        if (pg) {
            ((SimpleDriverDataSource) ds).getConnection().close();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("drop database if exists " + DB_NAME + " with (force)");
            }
        }
    }

    /** The baseline: the same total counted from the raw events, grouped like the dashboard (day, place, route). */
    static long scanCount(JdbcClient jdbc, String table, String agencyColumn, int days) {
        long[] total = {0};
        jdbc.sql("select cast(at as date), checkpoint, country, route, count(*) from " + table + " where "
                        + agencyColumn + " = 'A3' and at >= :from group by cast(at as date), checkpoint, country, route")
                .param("from", java.sql.Timestamp.from(END.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(rs -> {
                    total[0] += rs.getLong(5);
                });
        return total[0];
    }

    /** Bytes the current thread allocates while running {@code work} (HotSpot's per-thread counter). */
    static long allocatedBy(Runnable work) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * H2: the rollup written directly, as {@link TrendTally} keeps it, from the same deterministic events as the
     * PostgreSQL seeding (generated here, not stored: writing 10,000,000 raw rows into H2 does not fit in a 10-minute
     * run, and only the raw-event baseline needs them). Answers A3's check and hit totals over the last 1..365 days,
     * counted from the events while generating them, to check the dashboard against.
     */
    static long[][] seedRollup(DataSource ds, long checks, long hits) throws SQLException {
        long[] checkCells = new long[365 * 50 * 8];
        long[][] a3 = new long[2][365];
        for (long g = 0; g < checks; g++) {
            int day = (int) ((g * 7919) % 365);
            int cp = (int) (g % 50);
            checkCells[(day * 50 + cp) * 8 + (int) ((g / 50) % 8)]++;
            if (cp % 10 == 3) {
                a3[0][day]++;
            }
        }
        Map<TrendTally.Key, long[]> hitCells = new java.util.HashMap<>();
        for (long g = 0; g < hits; g++) {
            int day = (int) ((g * 7919) % 365);
            int cp = (int) (g % 50);
            for (String viewer : List.of("A" + (cp % 10), "A" + ((g / 7) % 10), "OPS")) {
                hitCells.computeIfAbsent(new TrendTally.Key(END.minusDays(day), viewer, TrendTally.HIT, "CP" + cp,
                        "C" + (cp % 10), "O" + ((g / 50) % 8) + "-C" + (cp % 10), AREA_SETS[(int) (g % AREA_SETS.length)]),
                        k -> new long[1])[0]++;
                if (viewer.equals("A3")) {
                    a3[1][day]++;
                }
            }
        }
        String insert = "insert into trend_tally (tally_day, agency, measure, checkpoint, country, route, areas, n)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = ds.getConnection(); var st = c.prepareStatement(insert)) {
            c.setAutoCommit(false);
            int batched = 0;
            for (int cell = 0; cell < checkCells.length; cell++) {
                if (checkCells[cell] == 0) {
                    continue;
                }
                int day = cell / 400;
                int cp = cell / 8 % 50;
                batched = row(st, new TrendTally.Key(END.minusDays(day), "A" + (cp % 10), TrendTally.CHECK, "CP" + cp,
                        "C" + (cp % 10), "O" + (cell % 8) + "-C" + (cp % 10), ""), checkCells[cell], batched);
            }
            for (var e : hitCells.entrySet()) {
                batched = row(st, e.getKey(), e.getValue()[0], batched);
            }
            st.executeBatch();
            c.commit();
        }
        for (long[] totals : a3) { // over the last 1..365 days
            for (int d = 1; d < totals.length; d++) {
                totals[d] += totals[d - 1];
            }
        }
        return a3;
    }

    private static int row(java.sql.PreparedStatement st, TrendTally.Key k, long n, int batched) throws SQLException {
        st.setDate(1, java.sql.Date.valueOf(k.day()));
        st.setString(2, k.agency());
        st.setString(3, k.measure());
        st.setString(4, k.checkpoint());
        st.setString(5, k.country());
        st.setString(6, k.route());
        st.setString(7, k.areas());
        st.setLong(8, n);
        st.addBatch();
        if (++batched % 5000 == 0) {
            st.executeBatch();
        }
        return batched;
    }

    static void seed(DataSource ds, long checks, long hits) throws SQLException {
        // arguments of the formats below, so written with single percent signs
        String at = "timestamp '2026-12-06 00:00:00' - ((cast(g as bigint) * 7919) % 365) * interval '1 day'"
                + " + (g % 82800) * interval '1 second'";
        String series = "generate_series(0, %d) as s(g)";
        String areaCase = areaCase();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            long t = System.nanoTime();
            st.execute("""
                    insert into bench_check (at, agency, checkpoint, country, route)
                    select %s, 'A' || ((g %% 50) %% 10), 'CP' || (g %% 50), 'C' || ((g %% 50) %% 10),
                      'O' || ((g / 50) %% 8) || '-C' || ((g %% 50) %% 10) from %s""".formatted(at, series.formatted(checks - 1)));
            report("raw checks inserted", t);
            t = System.nanoTime();
            // each hit is seen by its record's owner, its checking agency (the checkpoint's) and the centre
            String hit = """
                    select %s as at, %s as viewer, 'CP' || (g %% 50) as checkpoint, 'C' || ((g %% 50) %% 10) as country,
                      'O' || ((g / 50) %% 8) || '-C' || ((g %% 50) %% 10) as route, %s as areas from %s""";
            for (String viewer : List.of("'A' || ((g % 50) % 10)", "'A' || ((g / 7) % 10)", "'OPS'")) {
                st.execute("insert into bench_hit (at, viewer, checkpoint, country, route, areas) "
                        + hit.formatted(at, viewer, areaCase, series.formatted(hits - 1)));
            }
            report("raw hits inserted", t);
            t = System.nanoTime();
            st.execute("""
                    insert into trend_tally (tally_day, agency, measure, checkpoint, country, route, areas, n)
                    select cast(at as date), agency, 'check', checkpoint, country, route, '', count(*) from bench_check
                    group by cast(at as date), agency, checkpoint, country, route""");
            st.execute("""
                    insert into trend_tally (tally_day, agency, measure, checkpoint, country, route, areas, n)
                    select cast(at as date), viewer, 'hit', checkpoint, country, route, areas, count(*) from bench_hit
                    group by cast(at as date), viewer, checkpoint, country, route, areas""");
            report("rollup written", t);
            st.execute("analyze");
        }
    }

    /** A deterministic crime-area set per hit: one of the 17 areas, or one of three pairs. */
    static String areaCase() {
        StringBuilder b = new StringBuilder("case (g % " + AREA_SETS.length + ")");
        for (int i = 0; i < AREA_SETS.length; i++) {
            b.append(" when ").append(i).append(" then '").append(AREA_SETS[i]).append("'");
        }
        return b.append(" end").toString();
    }

    static void schema(DataSource ds, boolean pg) throws SQLException, IOException {
        String script;
        try (InputStream in = TrendsBenchmark.class.getResourceAsStream("/db/migration/V105__crime_areas_and_trend_tallies.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String statement : sql.toString().split(";")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
            if (!pg) {
                return;
            }
            // the raw events, for the baseline only: the server keeps no row per check
            st.execute("create table bench_check (at timestamp not null, agency varchar(16) not null, checkpoint varchar(40),"
                    + " country varchar(3), route varchar(16))");
            st.execute("create table bench_hit (at timestamp not null, viewer varchar(16) not null, checkpoint varchar(40),"
                    + " country varchar(3), route varchar(16), areas varchar(400))");
        }
    }

    static DataSource postgres() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("drop database if exists " + DB_NAME + " with (force)");
            st.execute("create database " + DB_NAME);
        }
        return new SimpleDriverDataSource(new org.postgresql.Driver(),
                "jdbc:postgresql://127.0.0.1:5432/" + DB_NAME, "postgres", "");
    }

    static DataSource h2() throws IOException {
        Path dir = Path.of("/tmp/" + DB_NAME.replace('_', '-'));
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    static CrimeAreas noAreas() {
        return new CrimeAreas() {
            @Override
            public Set<CrimeArea> parse(Collection<String> ids) {
                return Set.of();
            }

            @Override
            public void tag(Carrier carrier, UUID id, Set<CrimeArea> areas) {
            }

            @Override
            public Set<CrimeArea> of(Carrier carrier, UUID id) {
                return Set.of();
            }

            @Override
            public Map<UUID, Set<CrimeArea>> of(Carrier carrier, Collection<UUID> ids) {
                return Map.of();
            }
        };
    }

    static Operations noOperations() {
        return new Operations() {
            @Override
            public List<OperationUnderWay> underWay(Caller caller) {
                return List.of();
            }

            @Override
            public List<WatchingOperation> watchersOf(UUID recordId) {
                return List.of();
            }

            @Override
            public void flagHit(UUID operationId, UUID hitId, UUID recordId, String summary) {
            }

            @Override
            public void forEachWatchList(Consumer<WatchList> consumer) {
            }

            @Override
            public java.util.Optional<WatchList> watchList(UUID operationId) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Membership> membership(UUID operationId) {
                return java.util.Optional.empty();
            }
        };
    }

    static AuditLog silentAudit() {
        return new AuditLog() {
            @Override
            public void record(AuditEvent event) {
            }

            @Override
            public void record(AuditActor actor, AuditEvent event) {
            }
        };
    }

    static long pct(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static void report(String what, long since) {
        System.out.printf("%s: %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
