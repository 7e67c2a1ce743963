package org.tangier.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.TangierApplication;
import org.tangier.access.Restriction;
import org.tangier.matching.name.PersonQuery;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;

/**
 * The notices in force travel in the snapshot: a node that restarts from it replays only the notices changed while it
 * was down, and ends with the index a full build from the database gives, including a notice withdrawn, one published
 * and one that changed its subject after the snapshot was written. A snapshot part of an older format is ignored and
 * what it held is read from the database.
 */
class ScreeningSnapshotNoticesTest {

    @TempDir
    Path root;

    ConfigurableApplicationContext start(String url, Path dataDir) {
        return new SpringApplicationBuilder(TangierApplication.class).profiles("test")
                .run("--tangier.db.url=" + url, "--server.port=0", "--spring.jmx.enabled=false",
                        "--tangier.data-dir=" + dataDir, "--tangier.screening.snapshots=true");
    }

    @Test
    void aNodeRestartedFromItsSnapshotAndTheNoticesChangedSinceHoldsWhatAFullBuildHolds() throws Exception {
        String url = "jdbc:h2:mem:snapshot-notices-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path node = root.resolve("node");
        String part = ScreeningFixtures.uniqueNamePart();
        List<String> names = List.of("Withdrawn " + part, "Kept " + part, "Published " + part, "Dropped " + part,
                "Named " + part);
        List<UUID> persons = new ArrayList<>();
        NoticeInForce withdrawnMeanwhile;
        NoticeInForce changedMeanwhile;
        String owner;
        try (ConfigurableApplicationContext first = start(url, node)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            TransactionTemplate tx = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
            ScreeningFixtures fixtures = new ScreeningFixtures(jdbc, first.getBean(Records.class), first, tx);
            owner = fixtures.agency("SNAN");
            for (String name : names) {
                persons.add(fixtures.person(owner, "all", name, "1970-05-0" + (persons.size() + 1), "MA").id());
            }
            fixtures.create(owner, "all", ScreeningSnapshotTest.stolenPassport("SNN000001"));
            withdrawnMeanwhile = notice(owner, persons.get(0));
            changedMeanwhile = notice(owner, persons.get(3));
            for (NoticeInForce n : List.of(withdrawnMeanwhile, notice(owner, persons.get(1)), changedMeanwhile)) {
                insert(jdbc, n, Instant.now());
                tx.executeWithoutResult(s -> first.publishEvent(n));
            }
            assertThat(first.getBean(ScreeningIndex.class).find(persons.get(0))).isPresent();
        }
        // the same snapshot, one part of it made older: its notices file, or its record table
        Path olderNotices = copy(node, root.resolve("older-notices"));
        Path olderTable = copy(node, root.resolve("older-table"));
        try (var files = Files.list(olderNotices.resolve("screening"))) {
            setVersion(files.filter(p -> p.getFileName().toString().startsWith("notices-")).findFirst().orElseThrow(), 0);
        }
        setVersion(olderTable.resolve("screening/records.snap"), 0);

        {
            // what another node sharing the database does while this one is down
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
            Timestamp now = Timestamp.from(Instant.now());
            // the records unchanged for an hour: the restart takes them from the snapshot, not from the catch-up, and
            // must read the subject of the notice published meanwhile itself
            jdbc.sql("update record set updated_at = :then where owner_agency = :owner")
                    .param("then", Timestamp.from(Instant.now().minus(Duration.ofHours(1)))).param("owner", owner).update();
            jdbc.sql("update notice set status = 'CANCELLED', updated_at = :now where id = :id")
                    .param("now", now).param("id", withdrawnMeanwhile.noticeId()).update();
            insert(jdbc, notice(owner, persons.get(2)), Instant.now());
            jdbc.sql("update notice_subject set record_id = :to where notice_id = :id")
                    .param("to", persons.get(4)).param("id", changedMeanwhile.noticeId()).update();
            jdbc.sql("update notice set version = 2, updated_at = :now where id = :id")
                    .param("now", now).param("id", changedMeanwhile.noticeId()).update();
        }

        Holds restarted = restart(url, node, true, names);
        Holds withOlderNotices = restart(url, olderNotices, true, names);
        Holds fullBuild = restart(url, olderTable, false, names);

        assertThat(fullBuild.contents()).anySatisfy(line -> assertThat(line).startsWith(persons.get(2).toString()));
        assertThat(fullBuild.contents()).noneSatisfy(line -> assertThat(line).startsWith(persons.get(0).toString()));
        assertThat(fullBuild.contents()).noneSatisfy(line -> assertThat(line).startsWith(persons.get(3).toString()));
        assertThat(fullBuild.contents()).anySatisfy(line -> assertThat(line).startsWith(persons.get(4).toString()));
        assertThat(restarted).isEqualTo(fullBuild);
        assertThat(withOlderNotices).isEqualTo(fullBuild);
        assertThat(restarted.searches().get(0)).doesNotContain(persons.get(0));
        assertThat(restarted.searches().get(1)).first().isEqualTo(persons.get(1));
        assertThat(restarted.searches().get(2)).first().isEqualTo(persons.get(2));
        assertThat(restarted.searches().get(3)).doesNotContain(persons.get(3));
        assertThat(restarted.searches().get(4)).first().isEqualTo(persons.get(4));
    }

    /**
     * What an index holds: its records with their keys and notices, its counts (records, persons by name, keys,
     * notices in force) and whom a search for each name finds, best first (equal scores in id order).
     */
    record Holds(List<String> contents, List<Integer> counts, List<List<UUID>> searches) {
    }

    private Holds restart(String url, Path dataDir, boolean fromSnapshot, List<String> names) {
        try (ConfigurableApplicationContext node = start(url, dataDir)) {
            assertThat(node.getBean(ScreeningIndexFeed.class).startedFromSnapshot()).isEqualTo(fromSnapshot);
            ScreeningIndex index = node.getBean(ScreeningIndex.class);
            List<List<UUID>> searches = new ArrayList<>();
            for (String name : names) {
                // candidates of equal score come in the index's internal order, which a snapshot load and a full
                // build need not share: ties are put in id order so that only the ranking itself is compared
                searches.add(index.searchPersons(PersonQuery.name(name), null, 5).stream()
                        .sorted(java.util.Comparator.comparingDouble(
                                        (ScreeningIndex.PersonCandidate c) -> -c.candidate().match().score())
                                .thenComparing(c -> c.record().id()))
                        .map(c -> c.record().id()).toList());
            }
            ScreeningIndex.Stats stats = index.stats();
            return new Holds(index.contents(), List.of(stats.records(), stats.persons(), stats.keys(),
                    stats.noticesInForce()), searches);
        }
    }

    private static NoticeInForce notice(String owner, UUID subject) {
        return new NoticeInForce(UUID.randomUUID(), "RED-" + owner + "-" + UUID.randomUUID().toString().substring(0, 8),
                NoticeType.RED, false, owner, Restriction.ALL_MEMBERS, Instruction.ARREST, List.of(subject));
    }

    /** The notice as the notices part stores it, in force, last changed at {@code at}. */
    private static void insert(JdbcClient jdbc, NoticeInForce notice, Instant at) {
        jdbc.sql("""
                insert into notice (id, reference, type, diffusion, owner_agency, restriction_kind, restriction_agencies,
                  status, review_pending, instruction, summary, data, expires_on, external_id, version, created_at,
                  created_by, updated_at, updated_by)
                values (:id, :ref, 'RED', false, :owner, 'ALL', '', 'PUBLISHED', false, 'ARREST', 'test', '{}', :exp,
                  null, 1, :at, 'test', :at, 'test')""")
                .param("id", notice.noticeId()).param("ref", notice.reference()).param("owner", notice.ownerAgency())
                .param("exp", Date.valueOf(LocalDate.now().plusYears(1))).param("at", Timestamp.from(at)).update();
        jdbc.sql("insert into notice_subject (notice_id, record_id, position) values (:n, :r, 0)")
                .param("n", notice.noticeId()).param("r", notice.subjectIds().get(0)).update();
    }

    private static Path copy(Path node, Path to) throws IOException {
        Files.createDirectories(to.resolve("screening"));
        try (var files = Files.list(node.resolve("screening"))) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve("screening").resolve(p.getFileName()));
            }
        }
        return to;
    }

    /** Overwrites the format version, the int after the 8-byte magic of every snapshot file. */
    private static void setVersion(Path file, int version) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(Long.BYTES);
            f.writeInt(version);
        }
    }
}
