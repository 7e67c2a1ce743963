package org.tangier.records.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.tangier.TangierApplication;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordDraft;
import org.tangier.records.PersonDetails;
import org.tangier.records.Records;
import org.tangier.records.internal.exchange.FtmImport;
import org.tangier.records.internal.exchange.ImportReport;

/**
 * Measures the FtM import against a real database: N synthetic persons generated on the fly (never stored), streamed
 * through {@link FtmImport} (the path behind POST /api/v1/records/import?format=ftm), and, as the baseline in the same
 * run, M persons written one by one through {@link Records#upsert}. Reports records per second and the heap. Not a
 * test: run it by hand (docs/exchange.md, "Measured"):
 *
 * <pre>
 * ./mvnw -q -pl server -am test-compile -DskipTests
 * ./mvnw -q -pl server dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$(cat /tmp/cp.txt) \
 *     org.tangier.records.exchange.ImportBenchmark --db=h2 --count=1000000 --baseline=10000 [--listener]
 * </pre>
 *
 * {@code --db=postgres} uses a fresh database on 127.0.0.1:5432 (user postgres), dropped at the end;
 * {@code --listener} adds an {@code @ApplicationModuleListener} for RecordChanged, as the screening index has, so that
 * every record's event goes through the event publication registry.
 */
public final class ImportBenchmark {

    static final AtomicLong EVENTS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String db = option(args, "db", "h2");
        long count = Long.parseLong(option(args, "count", "100000"));
        int baseline = Integer.parseInt(option(args, "baseline", "10000"));
        boolean listener = java.util.Arrays.asList(args).contains("--listener");

        String pgName = null;
        String url;
        Path dir = Files.createTempDirectory("tangier-bench");
        if (db.equals("postgres")) {
            pgName = "tangier_bench_" + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("create database " + pgName);
            }
            url = "jdbc:postgresql://127.0.0.1:5432/" + pgName;
        } else {
            url = "jdbc:h2:file:" + dir.resolve("tangier") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(TangierApplication.class);
        if (listener) {
            builder.sources(TangierApplication.class, EventCounter.class);
        }
        ConfigurableApplicationContext context = builder.run("--server.port=0", "--tangier.data-dir=" + dir,
                "--tangier.db.url=" + url, "--tangier.db.user=" + (pgName == null ? "sa" : "postgres"), "--tangier.db.password=",
                "--logging.level.root=WARN");
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("insert into agency (code, name, kind, active, created_at) values ('BENCH', 'Benchmark agency', 'NATIONAL_BUREAU', true, current_timestamp)").update();
            Caller caller = new Caller(Caller.Kind.CLIENT, "bench", "bench-importer", "BENCH", EnumSet.of(Role.BUREAU_OFFICER));
            FtmImport ftm = context.getBean(FtmImport.class);
            Records records = context.getBean(Records.class);
            System.out.printf("db=%s count=%d baseline=%d listener=%s cpus=%d maxHeap=%dMB java=%s%n", db, count, baseline,
                    listener, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));

            // baseline first, on an empty table as the import had: per-record upsert (own transaction, audit entry,
            // version row and event each)
            long t0 = System.nanoTime();
            for (int i = 0; i < baseline; i++) {
                records.upsert(caller, new RecordDraft(person(new Random(i)), null, null, "base-" + i));
            }
            double baselineSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("baseline Records.upsert: %d records in %.1f s = %.0f records/s%n", baseline,
                    baselineSeconds, baseline / baselineSeconds);

            System.gc();
            resetPeaks();
            long gcBefore = gcMillis();
            long t1 = System.nanoTime();
            ImportReport report = ftm.importStream(caller, new SyntheticFtm(count), null);
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("FtM import: %d lines, %d imported, %d updated, %d rejected in %.1f s = %.0f records/s%n",
                    count, report.imported(), report.updated(), report.rejectedCount(), seconds, report.imported() / seconds);
            System.out.printf("heap: peak used %d MB (sum of pool peaks), old generation after GC %d MB, GC time %d ms%n",
                    peakHeapMb(), oldAfterGcMb(), gcMillis() - gcBefore);
            if (listener) {
                Thread.sleep(2000);
                System.out.printf("RecordChanged events delivered to the listener so far: %d%n", EVENTS.get());
            }
        } finally {
            context.close();
            if (pgName != null) {
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                     Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + pgName + " with (force)");
                }
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** An endless-looking NDJSON body made line by line as it is read: the benchmark never holds the file. */
    static final class SyntheticFtm extends InputStream {
        private final long count;
        private long next;
        private byte[] line = new byte[0];
        private int pos;

        SyntheticFtm(long count) {
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            if (pos == line.length && !advance()) {
                return -1;
            }
            return line[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos == line.length && !advance()) {
                return -1;
            }
            int n = Math.min(len, line.length - pos);
            System.arraycopy(line, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean advance() {
            if (next >= count) {
                return false;
            }
            line = ftmPerson(next++).getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }
    }

    static final String[][] GIVEN = {{"Mohammed", "Muhammad", "محمد"}, {"Abdellatif", "Abdel Latif", "عبد اللطيف"},
            {"Youssef", "Yusuf", "يوسف"}, {"Fatima", "Fatma", "فاطمة"}, {"Jean", "Jean", null}, {"María", "Maria", null}};
    static final String[][] FAMILY = {{"Hammouchi", "Hamouchi", "حموشي"}, {"Benali", "Ben Ali", "بن علي"},
            {"Dupont", "Dupond", null}, {"García", "Garcia", null}, {"Smith", "Smyth", null}};
    static final String[] COUNTRIES = {"ma", "fr", "es", "eg", "ae", "qa", "gb"};

    static String ftmPerson(long i) {
        Random r = new Random(i);
        String[] g = GIVEN[r.nextInt(GIVEN.length)];
        String[] f = FAMILY[r.nextInt(FAMILY.length)];
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        String arabic = g[2] != null && f[2] != null ? ",\"" + g[2] + " " + f[2] + "\"" : "";
        return "{\"id\":\"bench-" + i + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + g[0] + " " + f[0] + "\""
                + arabic + "],\"alias\":[\"" + g[1] + " " + f[1] + "\"],\"birthDate\":[\"" + (1950 + r.nextInt(55)) + "-"
                + String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + "\"],\"nationality\":[\"" + country
                + "\"],\"gender\":[\"" + (r.nextBoolean() ? "male" : "female") + "\"],\"passportNumber\":[\"P"
                + (10_000_000 + r.nextInt(89_999_999)) + "\"]}}\n";
    }

    static PersonDetails person(Random r) {
        String[] g = GIVEN[r.nextInt(GIVEN.length)];
        String[] f = FAMILY[r.nextInt(FAMILY.length)];
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)].toUpperCase();
        return new PersonDetails(java.util.List.of(new PersonDetails.Name(g[0] + " " + f[0], null, "primary"),
                new PersonDetails.Name(g[1] + " " + f[1], null, "alias")), r.nextBoolean() ? "M" : "F",
                java.util.List.of((1950 + r.nextInt(55)) + "-06-15"), null, java.util.List.of(country),
                java.util.List.of(new PersonDetails.Identifier("passport", "P" + (10_000_000 + r.nextInt(89_999_999)), country)),
                java.util.List.of(), null);
    }

    /** What the screening index does on each record change, minus the work: receive it through the registry. */
    static class EventCounter {
        @ApplicationModuleListener
        void on(RecordChanged event) {
            EVENTS.incrementAndGet();
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long oldAfterGcMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().toLowerCase().contains("old"))
                .filter(p -> p.getCollectionUsage() != null).mapToLong(p -> p.getCollectionUsage().getUsed()).sum() >> 20;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String option(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
