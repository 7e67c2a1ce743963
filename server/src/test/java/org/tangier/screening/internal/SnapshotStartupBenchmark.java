package org.tangier.screening.internal;

import static org.tangier.testing.BenchmarkArgs.load;
import static org.tangier.testing.BenchmarkArgs.option;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tangier.access.Restriction;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.PersonQuery;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.notices.internal.NoticeStartupReads;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.TravelDocumentDetails;

/**
 * The screening index's part of a node's start-up with D stolen documents and P wanted persons (each the subject of a
 * RED notice in force): builds the index in memory from synthetic records (as a first start does from the database),
 * writes its snapshot, seeds the P notices into an H2 file database (the notice tables and the notices part's own SQL,
 * {@link NoticeStartupReads}), then starts a fresh index from the snapshot both ways, alternating, in the same JVM:
 *
 * <ul>
 *   <li><b>before</b> (the earlier start): the snapshot's record table, key index and name index read one after the
 *       other, then every notice in force read from the database ({@code Notices.forEachInForce}), then the notice
 *       subjects reconciled;
 *   <li><b>after</b>: the four parts of the snapshot, the notices in force among them, read side by side, then the
 *       notices changed since the snapshot replayed from the database ({@code Notices.forEachChangedSince}, none
 *       here), then the subjects reconciled.
 * </ul>
 *
 * Both check that a document and a person are found and that every notice is in force. Reports each step's time,
 * the heap after a full collection and the load average. What neither includes: Spring's start and the records
 * changed since the snapshot ({@code Records.forEachChangedSince}, as many as changed while the node was down). Not a
 * test: run it by hand (docs/screening.md, "Measured"):
 *
 * <pre>
 * java -Xmx8g -XX:+UseParallelGC -cp server/target/test-classes:server/target/classes:$(cat /tmp/cp.txt) \
 *     org.tangier.screening.internal.SnapshotStartupBenchmark --documents=10000000 --persons=1000000 --rounds=3
 * </pre>
 */
public final class SnapshotStartupBenchmark {

    private static final String DATABASE = "jdbc:bench:snapshot-startup";
    private static final int BATCH = 10_000;
    private static final String[] GIVEN = {"Mohammed", "Ahmed", "Youssef", "Omar", "Ali", "Hassan", "Karim", "Rachid",
            "Said", "Fatima", "Aicha", "Khadija", "Leila", "Nadia", "Samira", "Jean", "Pierre", "Maria", "Carlos", "Ana",
            "Ivan", "Olga", "Abdellatif", "Abdel Rahman", "Abu Bakr", "Mustafa", "Ibrahim", "Yasmine", "Salma", "Hamza"};
    private static final String[] SYLLABLES = {"ba", "ben", "da", "di", "el", "fa", "ha", "ham", "ja", "ka", "la", "li",
            "ma", "mou", "na", "ni", "ra", "ri", "sa", "si", "ta", "tou", "za", "zi", "chi", "bou", "lo", "ne", "ar", "ou"};
    private static final String[] COUNTRIES = {"MA", "FR", "ES", "EG", "AE", "QA", "GB", "DZ", "TN", "SA"};

    public static void main(String[] args) throws IOException, SQLException {
        int documents = Integer.parseInt(option(args, "documents", "10000000"));
        int persons = Integer.parseInt(option(args, "persons", "1000000"));
        int rounds = Integer.parseInt(option(args, "rounds", "1"));
        // --ways=after: only this start (the earlier one reads 1 M notices from the database: minutes on a loaded
        // machine); after-sequential: this start with the snapshot's parts read one after the other
        List<String> ways = List.of(option(args, "ways", "before,after").split(","));
        // --dir= keeps the snapshot (and the seeded notices) for the next run, which then only loads
        String kept = option(args, "dir", "");
        Path dir = kept.isEmpty() ? Files.createTempDirectory("tangier-snapshot-bench") : Files.createDirectories(Path.of(kept));
        Path snapshotDir = dir.resolve("screening");
        System.out.printf("documents=%,d persons=%,d rounds=%d cpus=%d maxHeap=%dMB java=%s load=%s%n", documents,
                persons, rounds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), load());
        // H2 in a file by default (as the other start-up figures); --notices-db= for PostgreSQL, e.g.
        // jdbc:postgresql://127.0.0.1:5432/bench?user=postgres&reWriteBatchedInserts=true (its tables are dropped after)
        String url = option(args, "notices-db", "jdbc:h2:file:" + dir.resolve("db/notices")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;USER=sa");
        SingleConnectionDataSource data = new SingleConnectionDataSource(url, true);
        try {
            boolean reuse = Files.isRegularFile(snapshotDir.resolve("records.snap"));
            if (reuse) {
                System.out.printf("snapshot and notices kept by an earlier run: %s, %s%n", sizes(snapshotDir),
                        url.replaceAll("[;?].*", ""));
            } else {
                List<NoticeInForce> notices = notices(persons);
                Instant watermark = Instant.now();
                {
                    ScreeningIndex built = new ScreeningIndex(MatchThresholds.DEFAULT, documents + 2 * persons);
                    long t0 = System.nanoTime();
                    notices.forEach(built::noticeKnown);
                    List<RecordSnapshot> batch = new ArrayList<>(BATCH);
                    for (int i = 0; i < documents + persons; i++) {
                        batch.add(i < documents ? document(i) : person(i - documents));
                        if (batch.size() == BATCH) {
                            built.applyAll(batch);
                            batch.clear();
                        }
                    }
                    built.applyAll(batch);
                    long t1 = System.nanoTime();
                    ScreeningIndex.Stats stats = built.stats();
                    System.out.printf("built (as a first start does from the database, minus the reading): %.1f s; "
                            + "%,d records, %,d persons by name, %,d keys (load %s)%n", (t1 - t0) / 1e9, stats.records(),
                            stats.persons(), stats.keys(), load());
                    built.writeSnapshot(snapshotDir, watermark, DATABASE);
                    System.out.printf("snapshot written: %.1f s, %s (load %s)%n", (System.nanoTime() - t1) / 1e9,
                            sizes(snapshotDir), load());
                }
                long s0 = System.nanoTime();
                try (Connection c = data.getConnection()) {
                    NoticeStartupReads.createTables(c);
                    // changed an hour before the snapshot: the replay after it finds none
                    NoticeStartupReads.insertPublished(c, notices, watermark.minus(Duration.ofHours(1)));
                }
                System.out.printf("notices seeded into %s: %.1f s (load %s)%n", url.replaceAll("[;?].*", ""),
                        (System.nanoTime() - s0) / 1e9, load());
            }
            NoticeStartupReads source = new NoticeStartupReads(data);
            System.gc();
            System.out.printf("heap after full GC, built index dropped: %d MB%n", heapMb());
            for (int round = 1; round <= rounds; round++) {
                // rotate which goes first, so that none always finds the files in the page cache or the heap grown
                for (int k = 0; k < ways.size(); k++) {
                    String way = ways.get((k + round - 1) % ways.size());
                    ScreeningIndex index = switch (way) {
                        case "before" -> startBefore(snapshotDir, source, round);
                        case "after" -> startAfter(snapshotDir, source, round, true);
                        case "after-sequential" -> startAfter(snapshotDir, source, round, false);
                        default -> throw new IllegalArgumentException("--ways: before, after, after-sequential: " + way);
                    };
                    if (index.stats().noticesInForce() != persons) {
                        throw new IllegalStateException("notices in force: " + index.stats().noticesInForce());
                    }
                    check(index, documents, persons);
                    System.gc();
                    System.out.printf("  heap after full GC, loaded index and %,d notices in force: %d MB%n",
                            persons, heapMb());
                    index = null;
                    System.gc();
                }
            }
        } finally {
            if (kept.isEmpty()) {
                try (Connection c = data.getConnection()) {
                    NoticeStartupReads.dropTables(c);
                }
            }
            data.destroy();
            if (kept.isEmpty()) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The earlier start: the snapshot's parts one after the other, then every notice in force from the database. */
    private static ScreeningIndex startBefore(Path dir, NoticeStartupReads source, int round) {
        ScreeningIndex index = new ScreeningIndex(MatchThresholds.DEFAULT, 1 << 12);
        long t0 = System.nanoTime();
        Optional<ScreeningIndex.Loaded> snapshot = index.loadSnapshot(dir, DATABASE, Duration.ofDays(7), Instant.now(),
                false, false);
        long t1 = System.nanoTime();
        source.forEachInForce(index::noticeKnown);
        long t2 = System.nanoTime();
        List<UUID> missing = index.reconcileNoticeSubjects();
        long t3 = System.nanoTime();
        if (snapshot.isEmpty() || !snapshot.get().withNames() || !missing.isEmpty()) {
            throw new IllegalStateException("the snapshot did not load whole: " + snapshot + ", missing " + missing.size());
        }
        IndexSnapshot.PartTimes parts = snapshot.get().times();
        System.out.printf("round %d BEFORE: index start %.1f s = snapshot loaded %.1f s (one after the other: records "
                + "%.1f + keys %.1f + names %.1f s) + notices in force read from the database %.1f s + subjects "
                + "reconciled %.1f s (load %s)%n", round, (t3 - t0) / 1e9, (t1 - t0) / 1e9, parts.tableMs() / 1e3,
                parts.keysMs() / 1e3, parts.namesMs() / 1e3, (t2 - t1) / 1e9, (t3 - t2) / 1e9, load());
        return index;
    }

    /** This start: the four parts side by side, the notices among them, then the notices changed since replayed. */
    private static ScreeningIndex startAfter(Path dir, NoticeStartupReads source, int round, boolean sideBySide) {
        ScreeningIndex index = new ScreeningIndex(MatchThresholds.DEFAULT, 1 << 12);
        long t0 = System.nanoTime();
        Optional<ScreeningIndex.Loaded> snapshot = index.loadSnapshot(dir, DATABASE, Duration.ofDays(7), Instant.now(),
                true, sideBySide);
        long t1 = System.nanoTime();
        int[] replayed = {0};
        Instant watermark = snapshot.orElseThrow().watermark();
        source.forEachChangedSince(watermark.minus(ScreeningIndexFeed.CATCH_UP_MARGIN), n -> {
            index.noticeChangedWhileDown(n);
            replayed[0]++;
        }, id -> {
            index.noticeEndedWhileDown(id);
            replayed[0]++;
        });
        long t2 = System.nanoTime();
        List<UUID> missing = index.reconcileNoticeSubjects();
        long t3 = System.nanoTime();
        if (snapshot.isEmpty() || !snapshot.get().withNames() || !snapshot.get().withNotices() || !missing.isEmpty()) {
            throw new IllegalStateException("the snapshot did not load whole: " + snapshot + ", missing " + missing.size());
        }
        IndexSnapshot.PartTimes parts = snapshot.get().times();
        System.out.printf("round %d AFTER%s: index start %.1f s = snapshot loaded %.1f s (%s: records %.1f, "
                + "keys %.1f, names %.1f, notices %.1f s) + %d notices changed since replayed from the database %.2f s "
                + "+ subjects reconciled %.1f s (load %s)%n", round, sideBySide ? "" : " (sequential)", (t3 - t0) / 1e9,
                (t1 - t0) / 1e9, sideBySide ? "side by side" : "one after the other", parts.tableMs() / 1e3, parts.keysMs() / 1e3, parts.namesMs() / 1e3, parts.noticesMs() / 1e3,
                replayed[0], (t2 - t1) / 1e9, (t3 - t2) / 1e9, load());
        return index;
    }

    private static void check(ScreeningIndex index, int documents, int persons) {
        int d = documents / 2;
        TravelDocumentDetails doc = (TravelDocumentDetails) document(d).details();
        List<IndexedRecord> found = index.lookup(ScreeningKeys.documentKey(doc.issuingCountry(), doc.number()));
        if (found.stream().noneMatch(r -> r.id().equals(documentId(d)))) {
            throw new IllegalStateException("document " + d + " is not found after the load");
        }
        int p = persons / 3;
        PersonDetails person = (PersonDetails) person(p).details();
        List<ScreeningIndex.PersonCandidate> candidates = index.searchPersons(
                PersonQuery.name(person.names().get(0).value()), null, 10);
        if (candidates.stream().noneMatch(c -> c.record().id().equals(personId(p)))) {
            throw new IllegalStateException("person " + p + " (" + person.names().get(0).value() + ") is not found");
        }
        System.out.println("checked: a document by its number and a person by name are found in the loaded index");
    }

    private static List<NoticeInForce> notices(int persons) {
        List<NoticeInForce> notices = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            notices.add(new NoticeInForce(new UUID(0x6e6f74696365L, i), "2026/RED/" + i, NoticeType.RED, false,
                    COUNTRIES[i % COUNTRIES.length], Restriction.ALL_MEMBERS, Instruction.ARREST, List.of(personId(i))));
        }
        return notices;
    }

    private static UUID documentId(int i) {
        return new UUID(0x646f63L, i);
    }

    private static UUID personId(int i) {
        return new UUID(0x706572736f6eL, i);
    }

    static RecordSnapshot document(int i) {
        String country = COUNTRIES[i % COUNTRIES.length];
        TravelDocumentDetails details = new TravelDocumentDetails(String.format("X%08d", i), "passport", country,
                "stolen", "2026-01-05", null);
        return new RecordSnapshot(documentId(i), RecordType.TRAVEL_DOCUMENT, country, Restriction.ALL_MEMBERS,
                RecordStatus.ACTIVE, 1, details.caption(), details, null);
    }

    /** A common given name and a surname of two to four syllables, so that most surnames are rare. */
    static RecordSnapshot person(int i) {
        Random r = new Random(i);
        StringBuilder surname = new StringBuilder();
        for (int s = 2 + r.nextInt(3); s > 0; s--) {
            surname.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
        String given = GIVEN[r.nextInt(GIVEN.length)];
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        List<PersonDetails.Name> names = r.nextInt(4) == 0
                ? List.of(new PersonDetails.Name(given + " " + surname, null, "primary"),
                        new PersonDetails.Name(GIVEN[r.nextInt(GIVEN.length)] + " " + surname, null, "alias"))
                : List.of(new PersonDetails.Name(given + " " + surname, null, "primary"));
        PersonDetails details = new PersonDetails(names, r.nextBoolean() ? "M" : "F",
                List.of(String.format("%d-%02d-%02d", 1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28))),
                null, List.of(country), List.of(new PersonDetails.Identifier("passport",
                        String.format("P%08d", i), country)), List.of(), null);
        return new RecordSnapshot(personId(i), RecordType.PERSON, country, Restriction.ALL_MEMBERS, RecordStatus.ACTIVE,
                1, details.caption(), details, null);
    }

    private static String sizes(Path dir) throws IOException {
        StringBuilder s = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                s.append(s.isEmpty() ? "" : ", ").append(p.getFileName().toString().replaceAll("-[0-9a-f-]{36}", ""))
                        .append(' ').append(Files.size(p) >> 20).append(" MB");
            }
        }
        return s.toString();
    }

    private static long heapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
