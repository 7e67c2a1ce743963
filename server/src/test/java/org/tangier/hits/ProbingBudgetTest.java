package org.tangier.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.records.RecordView;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused agency probing an owner-only record with variants of name and birth date: its answers carry no score,
 * and past the day's budget (tangier.hits.probing.refused-per-day, default 10) they stop telling a HIT from a
 * POSSIBLE match, the owner is alerted once in its hit inbox, and every real HIT still reaches the owner.
 */
@TangierTest
class ProbingBudgetTest {

    static final int BUDGET = 10;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScreeningFixtures fixtures;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void probingPastTheBudgetGetsAnswersThatNoLongerDistinguishAndAlertsTheOwner() throws Exception {
        String owner = fixtures.agency("PO");
        String prober = fixtures.agency("PP");
        String other = fixtures.agency("PX");
        String surname = ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "owner", "Yassine " + surname, "1981-06-23", "MA");
        fixtures.notice(owner, NoticeType.RED, "owner", Instruction.ARREST, person.id());

        List<String> variants = List.of("1981-06-23", "1981-06-24", "1981-07-23", "1982-06-23", "1980-06-23",
                "1981-06", "1981", "1981-06-22", "1981-05-23", "1983-06-23");
        List<String> outcomes = new ArrayList<>();
        for (String birthDate : variants) {
            JsonNode match = match(border(prober), "Yassine " + surname, birthDate, owner);
            assertThat(match.get("visibility").asString()).isEqualTo("refused");
            assertThat(match.has("score")).as("a refused answer carries no score").isFalse();
            assertThat(match.has("explanation")).isFalse();
            outcomes.add(match.get("outcome").asString());
        }
        assertThat(outcomes.get(0)).as("within the budget the exact probe is a HIT").isEqualTo("HIT");
        assertThat(probingAlertsStored(owner)).as("no alert within the budget").isZero();

        JsonNode exact = match(border(prober), "Yassine " + surname, "1981-06-23", owner);
        JsonNode farther = match(border(prober), "Yassine " + surname, "1979-01-01", owner);
        assertThat(exact.get("outcome").asString()).as("over budget").isEqualTo("POSSIBLE");
        assertThat(exact.has("hitId")).as("over budget no hit id tells a HIT apart").isFalse();
        assertThat(exact).as("a HIT and a farther variant answer alike").isEqualTo(farther);
        assertThat(exact.get("instruction").asString()).isEqualTo("contact-owner");

        // the owner's inbox shows a hit once the notifier delivered it, on another thread
        await().atMost(Duration.ofSeconds(10)).until(() -> !probingAlerts(owner).isEmpty());
        assertThat(probingAlertsStored(owner)).as("one alert, however long the probing goes on").isEqualTo(1);
        List<JsonNode> alerts = probingAlerts(owner);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("query").asString()).contains(prober);
        assertThat(alerts.get(0).get("recordId").asString()).isEqualTo(person.id().toString());
        String caused = mvc.perform(get("/api/v1/hits").param("box", "caused").with(as(bureau(prober))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(caused).as("the prober is not told it was noticed").doesNotContain("probing");

        long ownersHits = jdbc.sql("select count(*) from hit where record_id = :r and checking_agency = :c and matched_on = 'name'")
                .param("r", person.id()).param("c", prober).query(Long.class).single();
        long sightings = jdbc.sql("select count(*) from hit_sighting s join hit h on h.id = s.hit_id"
                        + " where h.record_id = :r and h.checking_agency = :c and h.matched_on = 'name'")
                .param("r", person.id()).param("c", prober).query(Long.class).single();
        long hitsAnswered = outcomes.stream().filter("HIT"::equals).count();
        assertThat(ownersHits).as("repeated checks within the repeat window are one hit").isEqualTo(1);
        assertThat(sightings).as("the HIT over budget still reaches the owner, as a sighting").isEqualTo(hitsAnswered + 1);

        JsonNode otherAgency = match(border(other), "Yassine " + surname, "1981-06-23", owner);
        assertThat(otherAgency.get("outcome").asString()).as("the budget is the prober's alone").isEqualTo("HIT");
        assertThat(otherAgency.has("hitId")).isTrue();
        JsonNode ownerSees = match(border(owner), "Yassine " + surname, "1981-06-23", owner);
        assertThat(ownerSees.get("score").isNumber()).isTrue();
    }

    private JsonNode match(Caller caller, String name, String birthDate, String owner) throws Exception {
        String body = "{\"purpose\":\"border control\",\"name\":\"" + name + "\",\"birthDate\":\"" + birthDate + "\"}";
        String response = mvc.perform(post("/api/v1/screening/checks").with(as(caller))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode m : json.readTree(response).get("matches")) {
            if (owner.equals(m.get("ownerAgency").asString())) {
                return m;
            }
        }
        throw new AssertionError("no match of " + owner + " for " + name + " " + birthDate + ": " + response);
    }

    private long probingAlertsStored(String owner) {
        return jdbc.sql("select count(*) from hit where owner_agency = :o and matched_on = 'probing'")
                .param("o", owner).query(Long.class).single();
    }

    private List<JsonNode> probingAlerts(String owner) throws Exception {
        String inbox = mvc.perform(get("/api/v1/hits").with(as(bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> alerts = new ArrayList<>();
        for (JsonNode h : json.readTree(inbox)) {
            if ("probing".equals(h.path("matchedOn").asString(""))) {
                alerts.add(h);
            }
        }
        return alerts;
    }
}
