package org.tangier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
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
    Records records;

    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String checker;
    String visibleName;
    String hiddenName;
    RecordView visible;

    @BeforeEach
    void persons() {
        owner = fixtures.agency("Y");
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
        assertThat(top.get("id").asString()).as("no FtM id: the record id").isEqualTo(visible.id().toString());
        assertThat(top.get("referents").get(0).asString()).isEqualTo(visible.id().toString());
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

    RecordView imported(String name, String birthDate, String ftmId) {
        return records.create(ScreeningFixtures.bureau(owner), new RecordDraft(new PersonDetails(
                List.of(new PersonDetails.Name(name, null, PersonDetails.Name.PRIMARY)), "U", List.of(birthDate), null,
                List.of("EG"), List.of(), List.of(), null), "all", null, ftmId));
    }

    String one(String name, String birthDate) {
        return "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name
                + "\"],\"birthDate\":[\"" + birthDate + "\"]}}}}";
    }

    @Test
    void resultsCarryTheFtmIdTheRecordWasImportedWithAndTheRecordIdAsReferent() throws Exception {
        String name = "Karim " + ScreeningFixtures.uniqueNamePart();
        String ftmId = "ofac-" + ScreeningFixtures.uniqueNamePart().toLowerCase();
        RecordView person = imported(name, "1971-02-03", ftmId);
        fixtures.notice(owner, NoticeType.UN, "all", Instruction.LOCATE, person.id());

        JsonNode top = match("/match/default", one(name, "1971-02-03"), 200).get("responses").get("q").get("results").get(0);
        assertThat(top.get("id").asString()).isEqualTo(ftmId);
        assertThat(top.get("referents").size()).isEqualTo(1);
        assertThat(top.get("referents").get(0).asString()).isEqualTo(person.id().toString());
        assertThat(top.get("caption").asString()).isEqualTo(name);
    }

    @Test
    void aBadQueryInABatchGetsItsOwnStatusAndTheOthersAreAnswered() throws Exception {
        String body = "{\"queries\":{"
                + "\"good\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + visibleName + "\"],\"birthDate\":[\"1966-07-21\"]}},"
                + "\"bad\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + visibleName + "\"],\"birthDate\":[\"1974-01-32\"]}},"
                + "\"empty\":{\"properties\":{\"name\":[\"x\"]}}}}";
        JsonNode responses = match("/match/default", body, 200).get("responses");

        JsonNode good = responses.get("good");
        assertThat(good.get("status").asInt()).isEqualTo(200);
        assertThat(good.get("results").get(0).get("id").asString()).isEqualTo(visible.id().toString());
        assertThat(good.has("error")).as("no error on an answered query").isFalse();

        JsonNode bad = responses.get("bad");
        assertThat(bad.get("status").asInt()).isEqualTo(400);
        assertThat(bad.get("error").asString()).contains("birthDate", "1974-01-32");
        assertThat(bad.get("results").size()).isZero();
        assertThat(bad.get("total").get("value").asInt()).isZero();
        assertThat(bad.get("query").get("properties").get("birthDate").get(0).asString()).isEqualTo("1974-01-32");

        assertThat(responses.get("empty").get("status").asInt()).isEqualTo(400);
        assertThat(responses.get("empty").get("error").asString()).contains("schema");
    }

    @Test
    void anEqualNameWhoseListedBirthYearIsAFewYearsOffIsAMatchThroughMatchButPossibleAtTheBorder() throws Exception {
        String name = "Tarek " + ScreeningFixtures.uniqueNamePart();
        RecordView listed = imported(name, "1966-07-21", null);
        fixtures.notice(owner, NoticeType.UN, "all", Instruction.LOCATE, listed.id());

        JsonNode threeOff = match("/match/default", one(name, "1969-03-10"), 200).get("responses").get("q").get("results");
        assertThat(threeOff.size()).isEqualTo(1);
        JsonNode top = threeOff.get(0);
        assertThat(top.get("id").asString()).isEqualTo(listed.id().toString());
        assertThat(top.get("match").asBoolean()).as("a match to review at the default threshold").isTrue();
        assertThat(top.get("score").asDouble()).isGreaterThanOrEqualTo(0.86);
        assertThat(top.get("features").get("dob_match").asDouble()).as("an approximate year gives no support").isZero();

        JsonNode tenOff = match("/match/default", one(name, "1976-03-10"), 200).get("responses").get("q").get("results");
        assertThat(tenOff.size() == 0 || !tenOff.get(0).get("match").asBoolean())
                .as("beyond the tolerance the dates conflict").isTrue();

        String border = mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"border control\",\"location\":{\"checkpoint\":\"TNG-MED-1\",\"country\":\"MA\"},"
                                + "\"name\":\"" + name + "\",\"birthDate\":\"1969-03-10\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonMapper.builder().build().readTree(border).get("outcome").asString())
                .as("the border check keeps the same pair POSSIBLE").isEqualTo("POSSIBLE");
    }
}
