package org.tangier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening's and hits' SQL on a real database (hits, notes, deliveries, the event publication, manifest jobs and
 * their rows); run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ScreeningStorageTest {

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

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void aHitIsStoredDeliveredAndMovedAndAManifestJobKeepsItsRows() throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(jdbc, records, events, tx);
        String owner = fixtures.agency("S");
        String checker = fixtures.agency("T");
        String name = "Hassan " + ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "only:" + checker, name, "1975-06-30", "MA");
        fixtures.notice(owner, NoticeType.RED, "only:" + checker, Instruction.ARREST, person.id());

        JsonNode answer = call(post("/api/v1/screening/checks").with(as(border(checker))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"border control\",\"name\":\"" + name + "\",\"birthDate\":\"1975-06-30\"}"), 200);
        assertThat(answer.get("outcome").asString()).isEqualTo("HIT");
        String hit = answer.get("matches").get(0).get("hitId").asString();

        await().atMost(Duration.ofSeconds(15)).until(() ->
                call(get("/api/v1/hits").with(as(bureau(owner))), 200).toString().contains(hit));
        call(post("/api/v1/hits/" + hit + "/status").with(as(bureau(owner))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"acknowledged\",\"note\":\"on it\"}"), 200);
        JsonNode seen = call(get("/api/v1/hits/" + hit).with(as(border(checker))), 200);
        assertThat(seen.get("status").asString()).isEqualTo("acknowledged");
        assertThat(seen.get("caption").asString()).isEqualTo(name);
        assertThat(seen.get("notes").get(0).get("note").asString()).isEqualTo("on it");

        JsonNode job = call(post("/api/v1/screening/batches").param("purpose", "manifest").with(as(border(checker)))
                .contentType("text/csv").content("reference,name,birthDate\nr1," + name + ",1975-06-30\nr2,Nobody Here,1990\n"), 202);
        String id = job.get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() ->
                call(get("/api/v1/screening/batches/" + id).with(as(border(checker))), 200).get("status").asString().equals("DONE"));
        JsonNode rows = call(get("/api/v1/screening/batches/" + id + "/results.json").with(as(border(checker))), 200).get("rows");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).get("outcome").asString()).isEqualTo("HIT");
        assertThat(rows.get(0).get("bestScore").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(rows.get(1).get("outcome").asString()).isEqualTo("NO_HIT");
    }
}
