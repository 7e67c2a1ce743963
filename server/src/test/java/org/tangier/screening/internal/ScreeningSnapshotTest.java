package org.tangier.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.TangierApplication;
import org.tangier.matching.name.PersonQuery;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.screening.ScreeningFixtures;

/**
 * A node that stops writes its index to a snapshot; the next start loads it instead of reading every record, and
 * catches up on what changed in the database while it was down (another node cancelled one stolen passport and
 * reported another).
 */
class ScreeningSnapshotTest {

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(TangierApplication.class).profiles("test")
                .run("--tangier.db.url=" + url, "--server.port=0", "--spring.jmx.enabled=false",
                        "--tangier.data-dir=" + dataDir, "--tangier.screening.snapshots=true");
    }

    static TravelDocumentDetails stolenPassport(String number) {
        return new TravelDocumentDetails(number, "passport", "FR", "stolen", null, null);
    }

    @Test
    void aRestartedNodeLoadsItsSnapshotAndCatchesUpOnChangesMadeWhileItWasDown() throws Exception {
        String url = "jdbc:h2:mem:snapshot-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        UUID kept;
        UUID cancelledMeanwhile;
        UUID reportedMeanwhile = UUID.randomUUID();
        UUID wanted;
        String wantedName = "Kovarelu " + ScreeningFixtures.uniqueNamePart();
        String owner;
        try (ConfigurableApplicationContext first = start(url)) {
            ScreeningFixtures fixtures = new ScreeningFixtures(first.getBean(JdbcClient.class), first.getBean(Records.class),
                    first, new TransactionTemplate(first.getBean(PlatformTransactionManager.class)));
            owner = fixtures.agency("SNAP");
            kept = fixtures.create(owner, "all", stolenPassport("SN1000001")).id();
            cancelledMeanwhile = fixtures.create(owner, "only:" + owner, stolenPassport("SN1000002")).id();
            wanted = fixtures.person(owner, "all", wantedName, "1971-03-09", "MA").id();
            NoticeInForce notice = fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, wanted);
            // the notice as the notices part stores it, so that the next start finds it in force
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.sql("""
                    insert into notice (id, reference, type, diffusion, owner_agency, restriction_kind, restriction_agencies,
                      status, review_pending, instruction, summary, data, expires_on, external_id, version, created_at,
                      created_by, updated_at, updated_by)
                    values (:id, :ref, 'RED', false, :owner, 'ALL', '', 'PUBLISHED', false, 'ARREST', 'test', '{}', :exp,
                      null, 1, :now, 'test', :now, 'test')""")
                    .param("id", notice.noticeId()).param("ref", notice.reference()).param("owner", owner)
                    .param("exp", java.sql.Date.valueOf(java.time.LocalDate.now().plusYears(1))).param("now", now).update();
            jdbc.sql("insert into notice_subject (notice_id, record_id, position) values (:n, :r, 0)")
                    .param("n", notice.noticeId()).param("r", wanted).update();
            assertThat(first.getBean(ScreeningIndex.class).searchPersons(PersonQuery.name(wantedName), null, 5))
                    .extracting(c -> c.record().id()).contains(wanted);
            assertThat(first.getBean(ScreeningIndexFeed.class).startedFromSnapshot()).isFalse();
        }
        assertThat(dataDir.resolve("screening/records.snap")).isRegularFile();
        try (var keyFiles = Files.list(dataDir.resolve("screening"))) {
            assertThat(keyFiles.filter(p -> p.getFileName().toString().startsWith("keys-"))).hasSize(1);
        }
        try (var nameFiles = Files.list(dataDir.resolve("screening"))) {
            assertThat(nameFiles.filter(p -> p.getFileName().toString().startsWith("names-"))).hasSize(1);
        }

        {
            // what another node sharing the database does while this one is down
            var jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""));
            Timestamp now = Timestamp.from(Instant.now());
            // records written long before the snapshot: only the snapshot brings them back
            jdbc.sql("update record set updated_at = :then where id in (:ids)")
                    .param("then", Timestamp.from(Instant.now().minus(java.time.Duration.ofHours(1))))
                    .param("ids", java.util.List.of(kept, wanted)).update();
            // the wanted person's name as only the database has it, unchanged since before the snapshot as far as
            // its time stamp tells: a name index read from the persons would know this name, not the indexed one
            jdbc.sql("update record set data = replace(data, :indexed, :unindexed) where id = :id")
                    .param("indexed", wantedName).param("unindexed", "Ostrowiecki Zbigniew").param("id", wanted).update();
            jdbc.sql("update record set status = 'CANCELLED', updated_at = :now where id = :id")
                    .param("now", now).param("id", cancelledMeanwhile).update();
            jdbc.sql("""
                    insert into record (id, type, owner_agency, restriction_kind, restriction_agencies, status, external_id,
                      caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by)
                    values (:id, 'TRAVEL_DOCUMENT', :owner, 'ALL', '', 'ACTIVE', null, 'FR passport SN1000003',
                      'fr passport sn1000003', :review, 1, :data, :now, 'test', :now, 'test')""")
                    .param("id", reportedMeanwhile).param("owner", owner)
                    .param("review", java.sql.Date.valueOf(java.time.LocalDate.now().plusYears(1)))
                    .param("data", "{\"number\":\"SN1000003\",\"documentType\":\"passport\",\"issuingCountry\":\"FR\","
                            + "\"status\":\"stolen\",\"dateReported\":null,\"holderId\":null}")
                    .param("now", now).update();
        }

        try (ConfigurableApplicationContext second = start(url)) {
            assertThat(second.getBean(ScreeningIndexFeed.class).startedFromSnapshot()).isTrue();
            ScreeningIndex index = second.getBean(ScreeningIndex.class);
            assertThat(index.lookup(ScreeningKeys.documentKey("FR", "SN1000001")))
                    .singleElement().satisfies(r -> {
                        assertThat(r.id()).isEqualTo(kept);
                        assertThat(r.owner()).isEqualTo(owner);
                        assertThat(r.restriction().toString()).isEqualTo("all");
                    });
            assertThat(index.lookup(ScreeningKeys.documentKey("FR", "SN1000002"))).as("cancelled while down").isEmpty();
            assertThat(index.searchPersons(PersonQuery.name(wantedName), null, 5)).as("the name index is the snapshot's")
                    .extracting(c -> c.record().id()).contains(wanted);
            assertThat(index.searchPersons(PersonQuery.name("Ostrowiecki Zbigniew"), null, 5))
                    .as("no person was read back for the name index").extracting(c -> c.record().id()).doesNotContain(wanted);
            assertThat(index.lookup(ScreeningKeys.documentKey("FR", "SN1000003"))).as("reported while down")
                    .extracting(IndexedRecord::id).containsExactly(reportedMeanwhile);
        }
    }
}
