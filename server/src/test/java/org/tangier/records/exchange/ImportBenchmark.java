package org.tangier.records.exchange;

import static org.tangier.testing.BenchmarkArgs.load;
import static org.tangier.testing.BenchmarkArgs.option;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.TangierApplication;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.RecordDraft;
import org.tangier.records.PersonDetails;
import org.tangier.records.Records;
import org.tangier.records.internal.exchange.FtmImport;
import org.tangier.records.internal.exchange.ImportReport;
import org.tangier.screening.internal.ScreeningIndexProbe;

/**
 * Measures the FtM import against a real database with the screening index listening: N synthetic FtM lines
 * generated on the fly (never stored), half persons and half their stolen passports (which the screening index keys,
 * from the batch event {@code RecordsImported}), streamed through {@link FtmImport} (the path behind
 * POST /api/v1/records/import?format=ftm); as the baseline in the same run, M persons written one by one through
 * {@link Records#upsert}. Reports records per second, the heap after a full collection at checkpoints of the import
 * beside what the index holds then (memory must grow with the index only), and checks that the index holds every
 * imported passport. Not a test: run it by hand (docs/exchange.md, "Measured"):
 *
 * <pre>
 * ./mvnw -q -o -pl server -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test -DskipTests
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$(cat /tmp/cp.txt) \
 *     org.tangier.records.exchange.ImportBenchmark --db=postgres --count=500000 --baseline=2000
 * </pre>
 *
 * {@code --db=postgres} uses a fresh database on 127.0.0.1:5432 (user postgres) named {@code --pg-prefix} (default
 * {@code tangier_bench_}) and the process id, dropped at the end; {@code --db=h2} a file database in a temporary
 * directory. {@code --checkpoints} (default 4): how many times the import pauses for a full collection and a heap
 * reading; the pauses are not counted in the rate.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        String db = option(args, "db", "h2");
        long count = Long.parseLong(option(args, "count", "100000"));
        int baseline = Integer.parseInt(option(args, "baseline", "2000"));
        int checkpoints = Integer.parseInt(option(args, "checkpoints", "4"));

        String pgName = null;
        String url;
        Path dir = Files.createTempDirectory("tangier-bench");
        if (db.equals("postgres")) {
            pgName = option(args, "pg-prefix", "tangier_bench_") + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("create database " + pgName);
            }
            url = "jdbc:postgresql://127.0.0.1:5432/" + pgName;
        } else {
            url = "jdbc:h2:file:" + dir.resolve("tangier") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TangierApplication.class).run(
                "--server.port=0", "--tangier.data-dir=" + dir, "--tangier.db.url=" + url,
                "--tangier.db.user=" + (pgName == null ? "sa" : "postgres"), "--tangier.db.password=",
                "--logging.level.root=WARN", "--tangier.messaging.allow-generated-keys=true",
                "--tangier.messaging.key-file=" + dir.resolve("messaging-keys.properties"));
        try {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("insert into agency (code, name, kind, active, created_at) values ('BENCH', 'Benchmark agency', 'NATIONAL_BUREAU', true, current_timestamp)").update();
            Caller caller = new Caller(Caller.Kind.CLIENT, "bench", "bench-importer", "BENCH", EnumSet.of(Role.BUREAU_OFFICER));
            FtmImport ftm = context.getBean(FtmImport.class);
            Records records = context.getBean(Records.class);
            System.out.printf("db=%s count=%d baseline=%d cpus=%d maxHeap=%dMB java=%s load=%s%n", db, count, baseline,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"), load());

            // baseline first, on an empty table as the import had: per-record upsert (own transaction, audit entry,
            // version row and event each)
            long t0 = System.nanoTime();
            for (int i = 0; i < baseline; i++) {
                records.upsert(caller, new RecordDraft(person(new Random(i)), null, null, "base-" + i));
            }
            double baselineSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("baseline Records.upsert: %d records in %.1f s = %.0f records/s (load %s)%n", baseline,
                    baselineSeconds, baseline / baselineSeconds, load());

            int[] before = ScreeningIndexProbe.counts(context);
            Checkpoints heap = new Checkpoints(context, before);
            heap.read(0);
            resetPeaks();
            long gcBefore = gcMillis();
            long t1 = System.nanoTime();
            ImportReport report = ftm.importStream(caller, new SyntheticFtm(count, Math.max(1, count / checkpoints), heap), null);
            double seconds = (System.nanoTime() - t1 - heap.pausedNanos) / 1e9;
            long gcMs = gcMillis() - gcBefore;
            heap.read(count);
            System.out.printf("FtM import: %d lines, %d imported, %d updated, %d rejected in %.1f s = %.0f records/s (load %s)%n",
                    count, report.imported(), report.updated(), report.rejectedCount(), seconds,
                    report.imported() / seconds, load());
            System.out.printf("heap: peak used %d MB (sum of pool peaks), GC time %d ms outside the checkpoints%n",
                    peakHeapMb(), gcMs - heap.gcMillis);
            heap.print();
            int[] after = ScreeningIndexProbe.counts(context);
            long passports = count / 2;
            System.out.printf("screening index: %d records before, %d after (+%d; %d passports imported), %d keys%n",
                    before[0], after[0], after[0] - before[0], passports, after[2]);
            if (after[0] - before[0] != passports) {
                System.out.println("FAILED: the screening index does not hold every imported passport");
                System.exit(1);
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

    /** Full collections during the import: the heap that stays, beside what the screening index holds then. */
    static final class Checkpoints {
        private final ApplicationContext context;
        private final int[] indexBefore;
        private final List<String> rows = new ArrayList<>();
        private long firstHeap = -1;
        long pausedNanos;
        long gcMillis;

        Checkpoints(ApplicationContext context, int[] indexBefore) {
            this.context = context;
            this.indexBefore = indexBefore;
        }

        void read(long lines) {
            long start = System.nanoTime();
            long gc = gcMillis();
            System.gc();
            System.gc();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            int[] index = ScreeningIndexProbe.counts(context);
            if (firstHeap < 0) {
                firstHeap = heap.getUsed();
            }
            long grown = heap.getUsed() - firstHeap;
            int indexed = index[0] - indexBefore[0];
            rows.add(String.format("  after %,9d lines: heap after full GC %4d MB (+%4d MB), index +%,d records%s",
                    lines, heap.getUsed() >> 20, grown >> 20, indexed,
                    indexed > 0 ? String.format(" = %d bytes of heap growth per indexed record", grown / indexed) : ""));
            gcMillis += gcMillis() - gc;
            pausedNanos += System.nanoTime() - start;
        }

        void print() {
            rows.forEach(System.out::println);
        }
    }

    /** An endless-looking NDJSON body made line by line as it is read: the benchmark never holds the file. */
    static final class SyntheticFtm extends InputStream {
        private final long count;
        private final long every;
        private final Checkpoints checkpoints;
        private long next;
        private byte[] line = new byte[0];
        private int pos;

        SyntheticFtm(long count, long every, Checkpoints checkpoints) {
            this.count = count;
            this.every = every;
            this.checkpoints = checkpoints;
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
            if (next > 0 && next % every == 0 && next < count) {
                // the lines read so far are imported, but for the reader's buffer and the open batch
                checkpoints.read(next);
            }
            line = ftmLine(next++).getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }
    }

    /** Even lines are persons, odd lines their stolen passports (screened by themselves). */
    static String ftmLine(long i) {
        if (i % 2 == 0) {
            return ftmPerson(i);
        }
        Random r = new Random(-i);
        return "{\"id\":\"bench-d" + i + "\",\"schema\":\"Passport\",\"properties\":{\"number\":[\"D"
                + (100_000_000L + i) + "\"],\"country\":[\"" + COUNTRIES[r.nextInt(COUNTRIES.length)]
                + "\"],\"holder\":[\"bench-" + (i - 1) + "\"]}}\n";
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

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
