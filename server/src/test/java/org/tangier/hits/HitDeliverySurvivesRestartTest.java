package org.tangier.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.TangierApplication;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TestCallers;

/**
 * A hit is never lost: the hit and its {@link HitRaised} publication commit together, and a delivery that did not
 * complete (the server died after answering, or the listener failed) is delivered when the next server starts on
 * the same database.
 */
class HitDeliverySurvivesRestartTest {

    static ConfigurableApplicationContext start(String url) {
        // command-line arguments, so that they win over application-test.yml's shared in-memory database
        return new SpringApplicationBuilder(TangierApplication.class).profiles("test")
                .run("--tangier.db.url=" + url, "--server.port=0", "--spring.jmx.enabled=false");
    }

    static long delivered(JdbcClient jdbc, UUID hit) {
        return jdbc.sql("select count(*) from hit_notification where hit_id = :h").param("h", hit).query(Long.class).single();
    }

    static long outstanding(JdbcClient jdbc) {
        // the owner's notification only: other parts (webhooks, operations' watch lists) follow hits too
        return jdbc.sql("select count(*) from event_publication where event_type like '%HitRaised' and listener_id like '%HitNotifier%' and completion_date is null")
                .query(Long.class).single();
    }

    @Test
    void aHitWhoseDeliveryDidNotCompleteIsDeliveredAfterARestart() throws Exception {
        String url = "jdbc:h2:mem:restart-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        UUID hit;
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            for (String code : new String[] {"OWNR", "CHKR"}) {
                jdbc.sql("insert into agency (code, name, kind, active, created_at) values (:c, :c, 'national-bureau', true, :at)")
                        .param("c", code).param("at", Timestamp.from(Instant.now())).update();
            }
            // the first server answers but never delivers: every delivery it attempts fails
            jdbc.sql("alter table hit_notification add constraint delivery_blocked check (agency_code = 'NOBODY')").update();

            Caller checker = TestCallers.user("officer", "CHKR", EnumSet.of(Role.BORDER_OFFICER));
            hit = first.getBean(Hits.class).raise(checker, new NewHit(new NewHit.Subject(UUID.randomUUID(), "person", "OWNR", "Test Person", null),
                        new NewHit.Notice(UUID.randomUUID(), "RED"), "contact-owner", 0.97, "name",
                        new CheckContext("border control", "name=Test Person", "TNG-PORT", "MA")));

            assertThat(delivered(jdbc, hit)).isZero();
            assertThat(outstanding(jdbc)).as("the publication is stored with the hit and not completed").isEqualTo(1);
        }

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("alter table hit_notification drop constraint delivery_blocked");
        }

        try (ConfigurableApplicationContext second = start(url)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            UUID id = hit;
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered(jdbc, id) == 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> outstanding(jdbc) == 0);
            assertThat(jdbc.sql("select agency_code from hit_notification where hit_id = :h").param("h", id)
                    .query(String.class).single()).isEqualTo("OWNR");
            assertThat(jdbc.sql("select count(*) from hit where id = :h and notified_at is not null").param("h", id)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }
}
