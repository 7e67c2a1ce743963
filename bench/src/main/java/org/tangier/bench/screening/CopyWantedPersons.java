package org.tangier.bench.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The fast way to {@link SeedWantedPersons}' data: the same wanted persons (same {@code new Random(1)}, same order, so
 * the load driver's 1-in-100 wanted queries find theirs), the same RED notices in force and notice subjects, written
 * into a PostgreSQL benchmark database with {@code COPY} (one per table, the three side by side, as a bulk load:
 * see {@link #dropPlainIndexes}) instead of a batched insert per row. Its schema comes from a first start of the server; the server then starts on it again and builds
 * its index the normal way (notices in force and the active records read from the database). Never run it against a
 * real database.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) org.tangier.bench.screening.CopyWantedPersons \
 *   jdbc:postgresql://127.0.0.1:5432/namecheck_bench postgres 1000000
 * </pre>
 */
public final class CopyWantedPersons {

    /** Rows handed to the server per write: large enough that the round trips do not count. */
    private static final int CHUNK = 10_000;

    private CopyWantedPersons() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        long count = Long.parseLong(args[2]);
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("COPY needs PostgreSQL; for H2 use SeedWantedPersons");
        }
        String now = Instant.now().toString();
        String review = LocalDate.now().plusYears(5).toString();
        long start = System.nanoTime();
        List<String> indexes;
        try (Connection c = BenchDatabase.open(url, user)) {
            indexes = dropPlainIndexes(c);
            c.commit();
        }
        // the three tables side by side, one connection each: on a shared machine the database gets more of the cores
        Random random = new Random(1);
        inParallel(List.of(
                () -> copy(url, user, "record (id, type, owner_agency, restriction_kind, restriction_agencies, status,"
                        + " caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by)",
                        count, i -> {
                            SeedWantedPersons.Wanted w = SeedWantedPersons.Wanted.next(random);
                            return row(personId(i), "PERSON", BenchDatabase.OWNER, "ALL", "", "ACTIVE", w.name(),
                                    w.name().toLowerCase(), review, "1", SeedWantedPersons.data(w), now, "bench", now, "bench");
                        }),
                () -> copy(url, user, "notice (id, reference, type, diffusion, owner_agency, restriction_kind,"
                        + " restriction_agencies, status, review_pending, instruction, summary, data, expires_on, version,"
                        + " created_at, created_by, updated_at, updated_by)", count, i -> row(noticeId(i),
                        SeedWantedPersons.reference(i), "RED", "f", BenchDatabase.OWNER, "ALL", "", "PUBLISHED", "f", "ARREST",
                        "Synthetic wanted person", "{}", review, "1", now, "bench", now, "bench")),
                () -> copy(url, user, "notice_subject (notice_id, record_id, position)", count,
                        i -> row(noticeId(i), personId(i), "0"))), 3);
        lap("persons, notices and notice subjects copied", count, start);
        inParallel(indexes.stream().<Task>map(definition -> () -> execute(url, user, definition)).toList(), 3);
        lap("persons, indexes built again (" + indexes.size() + ")", count, start);
        // fresh statistics, as autovacuum would give them some minutes later: the server's first queries plan on them
        inParallel(List.of(() -> execute(url, user, "analyze record"), () -> execute(url, user, "analyze notice"),
                () -> execute(url, user, "analyze notice_subject")), 3);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("copied %,d wanted persons with RED notices in %.1f s: %,.0f persons/s%n", count, seconds,
                count / seconds);
    }

    /**
     * Makes the copy a bulk load. The plain indexes of the three tables (not those behind a primary key or a unique
     * constraint) are dropped here and built again from their own definitions after the copies, so the schema ends
     * as the migrations made it: one sorted build instead of a million random inserts each. The foreign-key triggers
     * are off in the copies' sessions only ({@code session_replication_role}, a superuser setting), so the three
     * tables load side by side: the rows are known to be consistent (agency BENCH exists, each subject's notice and
     * person are copied). The primary keys and unique constraints stay checked. The server must be stopped, and the
     * database be a benchmark's: a failure midway leaves it without those indexes (make it again).
     */
    private static List<String> dropPlainIndexes(Connection c) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (var s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select i.indexname, i.indexdef from pg_indexes i
                    where i.schemaname = current_schema() and i.tablename in ('record', 'notice', 'notice_subject')
                      and not exists (select 1 from pg_constraint k where k.conindid = (quote_ident(i.schemaname) || '.'
                                      || quote_ident(i.indexname))::regclass)
                    order by i.indexname""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            for (String name : names) {
                s.execute("drop index " + name);
            }
        }
        return definitions;
    }

    static String personId(long i) {
        return SeedWantedPersons.personId(i).toString();
    }

    static String noticeId(long i) {
        return SeedWantedPersons.noticeId(i).toString();
    }

    /** One line of COPY's text format; the values hold no tab, newline or backslash (checked). */
    static String row(String... values) {
        StringBuilder line = new StringBuilder(256);
        for (String v : values) {
            if (v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("value needs escaping: " + v);
            }
            if (!line.isEmpty()) {
                line.append('\t');
            }
            line.append(v);
        }
        return line.append('\n').toString();
    }

    interface Task {
        void run() throws Exception;
    }

    /** Runs the tasks on {@code threads} threads and fails if any fails. */
    private static void inParallel(List<Task> tasks, int threads) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Object>> done = pool.invokeAll(tasks.stream().<Callable<Object>>map(t -> () -> {
                t.run();
                return null;
            }).toList());
            for (Future<Object> f : done) {
                f.get();
            }
        }
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = BenchDatabase.open(url, user); var s = c.createStatement()) {
            s.execute("set local maintenance_work_mem = '256MB'");
            s.execute(sql);
            c.commit();
        }
    }

    /** One table's rows in one COPY and one transaction, on a connection of its own. */
    private static void copy(String url, String user, String table, long count, LongFunction<String> row)
            throws SQLException, IOException {
        try (Connection c = BenchDatabase.open(url, user)) {
            try (var s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
            }
            copy(c.unwrap(PGConnection.class), table, count, row);
            c.commit();
        }
    }

    private static void copy(PGConnection pg, String table, long count, LongFunction<String> row)
            throws SQLException, IOException {
        CopyIn in = pg.getCopyAPI().copyIn("copy " + table + " from stdin");
        try {
            StringBuilder chunk = new StringBuilder(CHUNK * 300);
            for (long i = 0; i < count; i++) {
                chunk.append(row.apply(i));
                if ((i + 1) % CHUNK == 0 || i + 1 == count) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void lap(String what, long count, long start) {
        System.out.printf("%,d %s after %.1f s%n", count, what, (System.nanoTime() - start) / 1e9);
    }
}
