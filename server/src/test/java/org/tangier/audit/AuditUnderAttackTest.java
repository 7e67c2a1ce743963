package org.tangier.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;

/**
 * Hostile requests whose audit entries do not fit the audit table (a 129-character login name, a NUL in a check's
 * purpose) run alongside honest HIT checks: no honest request may fail, no request may answer 500, and the hostile
 * ones are still recorded, bounded. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuditUnderAttackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AuditLog audit;

    @Test
    void hostileEntriesFailNoHonestRequest() throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(jdbc, records, events, tx);
        String owner = fixtures.agency("O");
        String checker = fixtures.agency("C");
        String surname = ScreeningFixtures.uniqueNamePart();
        var person = fixtures.person(owner, "all", "Karim " + surname, "1971-03-14", "MA");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
        // a NO HIT check: its purpose reaches the audit log only (the hit table's own input checks are the edge's)
        String nobody = "Nobody " + ScreeningFixtures.uniqueNamePart();
        String longName = "x" + ScreeningFixtures.uniqueNamePart().toLowerCase() + "y".repeat(200);

        ConcurrentLinkedQueue<String> honestFailures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        var response = mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(check("Karim " + surname, "border control"))).andReturn().getResponse();
                        if (response.getStatus() != 200 || !response.getContentAsString().contains("\"HIT\"")) {
                            honestFailures.add(response.getStatus() + " " + response.getContentAsString());
                        }
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    int status = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + longName.substring(0, 129 + i) + "\",\"password\":\"wrong-password\"}"))
                            .andReturn().getResponse().getStatus();
                    if (status >= 500) {
                        serverErrors.add("token " + status);
                    }
                }
                return null;
            }));
            work.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    int status = mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(check(nobody, "border\\u0000control\\uD800"))).andReturn().getResponse().getStatus();
                    if (status >= 500) {
                        serverErrors.add("check " + status);
                    }
                }
                return null;
            }));
            work.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    audit.record(AuditActor.anonymous(longName + "\u0000\u0007"), new AuditEvent("test.hostile",
                            "x".repeat(100), "\u0000".repeat(300), "p\u0000".repeat(400), AuditEvent.Outcome.DENIED,
                            "d".repeat(5000)));
                }
                return null;
            }));
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(honestFailures).isEmpty();
        assertThat(serverErrors).isEmpty();
        List<String> recordedNames = jdbc.sql("select actor_name from audit_entry where actor_name like :p")
                .param("p", longName.substring(0, 20) + "%").query(String.class).list();
        assertThat(recordedNames).hasSizeGreaterThanOrEqualTo(30).allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(128));
        List<java.util.Map<String, Object>> hostile = jdbc.sql(
                "select object_id, purpose, detail from audit_entry where action = 'test.hostile'").query().listOfRows();
        assertThat(hostile).hasSize(15).allSatisfy(row -> {
            assertThat((String) row.get("purpose")).startsWith("p\\u0000p").hasSizeLessThanOrEqualTo(500);
            assertThat((String) row.get("object_id")).doesNotContain("\u0000").hasSizeLessThanOrEqualTo(128);
            assertThat((String) row.get("detail")).hasSize(2000);
        });
    }

    private static String check(String name, String purpose) {
        return "{\"purpose\":\"" + purpose + "\",\"location\":{\"checkpoint\":\"TNG-MED-1\",\"country\":\"MA\"},"
                + "\"name\":\"" + name + "\",\"birthDate\":\"1971-03-14\"}";
    }
}
