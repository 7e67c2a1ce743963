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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.records.RecordView;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A border officer's hit after the check: repeated checks of one traveller are one hit with sightings, and each
 * agency is offered only the workflow steps it may take, the checker reporting action as soon as told to act.
 */
@TangierTest
class RepeatedSightingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String checker;
    String name;
    RecordView person;

    @BeforeEach
    void aWantedPersonEveryoneMaySee() {
        owner = fixtures.agency("R");
        checker = fixtures.agency("S");
        name = "Karim " + ScreeningFixtures.uniqueNamePart();
        person = fixtures.person(owner, "all", name, "1979-05-17", "MA");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
    }

    UUID check(Caller caller, String checkpoint) throws Exception {
        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/screening/checks").with(as(caller))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"border control\",\"location\":{\"checkpoint\":\"" + checkpoint
                                + "\",\"country\":\"MA\"},\"name\":\"" + name + "\",\"birthDate\":\"1979-05-17\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(answer.get("outcome").asString()).isEqualTo("HIT");
        return UUID.fromString(answer.get("matches").get(0).get("hitId").asString());
    }

    JsonNode read(Caller caller, UUID hit) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/hits/" + hit).with(as(caller))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    ResultActions move(Caller caller, UUID hit, String status, String note) throws Exception {
        return mvc.perform(post("/api/v1/hits/" + hit + "/status").with(as(caller)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"" + status + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}"));
    }

    long hitsOnRecord() {
        return jdbc.sql("select count(*) from hit where record_id = :r").param("r", person.id()).query(Long.class).single();
    }

    @Test
    void repeatedChecksOfTheSameTravellerAreOneHitWithEverySighting() throws Exception {
        UUID first = check(border(checker), "TNG-PORT");
        UUID second = check(border(checker), "TNG-AIRPORT");
        UUID third = check(border(checker), "TNG-PORT");

        assertThat(second).as("the API answers the existing hit").isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(hitsOnRecord()).as("one hit, not one urgent hit per check").isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from hit_notification where hit_id = :h")
                .param("h", first).query(Long.class).single() == 1);

        JsonNode ownerView = read(bureau(owner), first);
        assertThat(ownerView.get("sightings").size()).isEqualTo(3);
        assertThat(ownerView.get("sightings").get(1).get("locationCode").asString()).isEqualTo("TNG-AIRPORT");
        assertThat(ownerView.get("sightings").get(1).get("locationCountry").asString()).isEqualTo("MA");
        assertThat(ownerView.get("sightings").get(1).get("seenAt").isNull()).isFalse();
        assertThat(read(border(checker), first).get("sightings").size()).as("the checker sees them too").isEqualTo(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from audit_entry where action = 'hit.sighting' and object_id = :h")
                .param("h", first.toString()).query(Long.class).single() == 2);

        String page = mvc.perform(get("/hits/" + first).with(as(bureau(owner)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"sightings\"").contains("TNG-AIRPORT");
        assertThat(page.split("data-testid=\"sighting\"", -1)).hasSize(4);
    }

    @Test
    void anotherAgencysCheckOfTheSameTravellerRaisesItsOwnHit() throws Exception {
        String other = fixtures.agency("T");
        UUID mine = check(border(checker), "TNG-PORT");
        UUID theirs = check(border(other), "ALG-PORT");
        assertThat(theirs).isNotEqualTo(mine);
        assertThat(hitsOnRecord()).isEqualTo(2);
    }

    @Test
    void theCheckerMayReportActionOnAnArrestInstructionWhileTheOwnerStillDecides() throws Exception {
        UUID hit = check(border(checker), "TNG-PORT");
        assertThat(read(border(checker), hit).get("actions").toString()).isEqualTo("[\"action-taken\"]");
        assertThat(read(bureau(owner), hit).get("actions").toString()).isEqualTo("[\"acknowledged\"]");

        move(border(checker), hit, "action-taken", null).andExpect(status().isBadRequest());
        move(border(checker), hit, "action-taken", "detained at the port, owner called").andExpect(status().isOk());
        JsonNode after = read(border(checker), hit);
        assertThat(after.get("status").asString()).as("the owner still acknowledges and decides").isEqualTo("new");
        assertThat(after.get("actionTakenAt").isNull()).isFalse();
        assertThat(after.get("actions").size()).as("reported once").isZero();
        assertThat(after.get("notes").get(0).get("note").asString()).contains("detained at the port");

        move(bureau(owner), hit, "acknowledged", null).andExpect(status().isOk());
        assertThat(read(bureau(owner), hit).get("actions").toString()).isEqualTo("[\"confirmed\",\"false-positive\"]");
        String page = mvc.perform(get("/hits/" + hit).with(as(border(checker)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("move-acknowledged").doesNotContain("move-confirmed")
                .contains("data-testid=\"action-taken-at\"");
    }

    @Test
    void aCheckerToldToContactTheOwnerIsOfferedNothingUntilTheHitIsConfirmed() throws Exception {
        String secret = "Samir " + ScreeningFixtures.uniqueNamePart();
        RecordView restricted = fixtures.person(owner, "owner", secret, "1981-01-02", "MA");
        fixtures.notice(owner, NoticeType.RED, "owner", Instruction.ARREST, restricted.id());
        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"border control\",\"name\":\"" + secret + "\",\"birthDate\":\"1981-01-02\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        UUID hit = UUID.fromString(answer.get("matches").get(0).get("hitId").asString());

        assertThat(read(border(checker), hit).get("actions").size()).isZero();
        move(border(checker), hit, "action-taken", "let pass").andExpect(status().isConflict());
        String page = mvc.perform(get("/hits/" + hit).with(as(border(checker)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"no-actions\"").doesNotContain("move-action-taken");

        move(bureau(owner), hit, "acknowledged", null).andExpect(status().isOk());
        move(bureau(owner), hit, "confirmed", "fingerprints agree").andExpect(status().isOk());
        assertThat(read(border(checker), hit).get("actions").toString()).isEqualTo("[\"action-taken\"]");
    }
}
