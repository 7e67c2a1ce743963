package org.tangier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import org.junit.jupiter.api.BeforeEach;
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
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TangierTest
class YenteMatchTest {

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

    ScreeningFixtures fixtures;
    String checker;
    String visibleName;
    String hiddenName;
    RecordView visible;

    @BeforeEach
    void persons() {
        fixtures = new ScreeningFixtures(jdbc, records, events, tx);
        String owner = fixtures.agency("Y");
        checker = fixtures.agency("Z");
        visibleName = "Omar " + ScreeningFixtures.uniqueNamePart();
        hiddenName = "Samir " + ScreeningFixtures.uniqueNamePart();
        visible = fixtures.person(owner, "all", visibleName, "1966-07-21", "EG");
        RecordView hidden = fixtures.person(owner, "owner", hiddenName, "1970-01-01", "EG");
        fixtures.notice(owner, NoticeType.UN, "all", Instruction.LOCATE, visible.id());
        fixtures.notice(owner, NoticeType.RED, "owner", Instruction.ARREST, hidden.id());
    }

    JsonNode match(String path, String body, int expected) throws Exception {
        String response = mvc.perform(post(path).with(as(border(checker))).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(response);
    }

    String queries() {
        return "{\"queries\":{"
                + "\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + visibleName + "\"],\"birthDate\":[\"1966-07-21\"],\"nationality\":[\"eg\"]}},"
                + "\"q2\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + hiddenName + "\"]}},"
                + "\"q3\":{\"schema\":\"Company\",\"properties\":{\"name\":[\"Acme Trading\"]}}}}";
    }

    @Test
    void matchAnswersInYentesShapeWithOnlyWhatTheCallerMaySee() throws Exception {
        JsonNode answer = match("/match/default?threshold=0.8&limit=3&algorithm=best", queries(), 200);
        assertThat(ScreeningFixtures.fieldNames(answer)).contains("responses", "matcher", "limit");
        assertThat(answer.get("limit").asInt()).isEqualTo(3);
        JsonNode q1 = answer.get("responses").get("q1");
        assertThat(q1.get("status").asInt()).isEqualTo(200);
        assertThat(q1.get("total").get("value").asInt()).isEqualTo(q1.get("results").size());
        assertThat(q1.get("total").get("relation").asString()).isEqualTo("eq");
        assertThat(q1.get("query").get("schema").asString()).isEqualTo("Person");
        JsonNode top = q1.get("results").get(0);
        assertThat(ScreeningFixtures.fieldNames(top)).contains("id", "schema", "caption", "properties", "score", "match",
                "features", "datasets", "referents", "target", "first_seen", "last_seen", "last_change");
        assertThat(top.get("id").asString()).isEqualTo(visible.id().toString());
        assertThat(top.get("schema").asString()).isEqualTo("Person");
        assertThat(top.get("caption").asString()).isEqualTo(visibleName);
        assertThat(top.get("properties").get("name").get(0).asString()).isEqualTo(visibleName);
        assertThat(top.get("properties").get("nationality").get(0).asString()).isEqualTo("eg");
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(top.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(top.get("features").get("name_similarity").asDouble()).isGreaterThan(0.9);
        assertThat(top.get("datasets").get(0).asString()).isEqualTo("un");

        assertThat(answer.get("responses").get("q2").get("results").size()).as("restricted to its owner").isZero();
        assertThat(answer.get("responses").get("q2").get("query").get("properties").get("name").get(0).asString())
                .as("the query is echoed as yente does").isEqualTo(hiddenName);
        assertThat(answer.get("responses").get("q3").get("results").size()).isZero();
    }

    @Test
    void aDatasetPerNoticeTypeNarrowsTheResultsAndUnknownOnesAreNotFound() throws Exception {
        JsonNode yellow = match("/match/yellow", queries(), 200);
        assertThat(yellow.get("responses").get("q1").get("results").size()).isZero();
        JsonNode un = match("/match/un", queries(), 200);
        assertThat(un.get("responses").get("q1").get("results").size()).isEqualTo(1);
        match("/match/us_ofac_sdn", queries(), 404);
        match("/match/default?algorithm=magic", queries(), 400);
        match("/match/default", "{\"queries\":{}}", 400);
    }
}
