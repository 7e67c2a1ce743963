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

@TangierTest
class HitsWorkflowTest {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String checker;
    String bystander;
    String surname;

    @BeforeEach
    void aRestrictedRecordUnderARedNotice() {
        owner = fixtures.agency("H");
        checker = fixtures.agency("C");
        bystander = fixtures.agency("X");
        surname = ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "owner", "Youssef " + surname, "1980-02-29", "MA");
        fixtures.notice(owner, NoticeType.RED, "owner", Instruction.ARREST, person.id());
    }

    UUID raiseHit() throws Exception {
        String body = mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"border control\",\"location\":{\"checkpoint\":\"TNG-PORT\"},"
                                + "\"name\":\"Youssef " + surname + "\",\"birthDate\":\"1980-02-29\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode answer = json.readTree(body);
        assertThat(answer.get("outcome").asString()).isEqualTo("HIT");
        return UUID.fromString(answer.get("matches").get(0).get("hitId").asString());
    }

    JsonNode read(Caller caller, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(as(caller))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    ResultActions move(Caller caller, UUID hit, String status, String note) throws Exception {
        return mvc.perform(post("/api/v1/hits/" + hit + "/status").with(as(caller)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"" + status + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}"));
    }

    @Test
    void aHitReachesTheOwnersInboxAndTheCheckerSeesOnlyItsStatus() throws Exception {
        UUID hit = raiseHit();
        await().atMost(Duration.ofSeconds(10)).until(() -> read(bureau(owner), "/api/v1/hits").toString().contains(hit.toString()));

        JsonNode ownerView = read(bureau(owner), "/api/v1/hits/" + hit);
        assertThat(ownerView.get("caption").asString()).isEqualTo("Youssef " + surname);
        assertThat(ownerView.get("priority").asString()).isEqualTo("URGENT");
        assertThat(ownerView.get("status").asString()).isEqualTo("new");
        assertThat(ownerView.get("locationCode").asString()).isEqualTo("TNG-PORT");
        assertThat(ownerView.get("notifiedAt").isNull()).isFalse();

        JsonNode checkerView = read(border(checker), "/api/v1/hits/" + hit);
        assertThat(checkerView.get("status").asString()).isEqualTo("new");
        assertThat(checkerView.get("ownerAgency").asString()).isEqualTo(owner);
        assertThat(checkerView.get("caption").isNull()).as("the owner restricted the record").isTrue();
        assertThat(checkerView.get("recordId").isNull()).isTrue();
        assertThat(checkerView.get("score").isNull()).isTrue();
        JsonNode caused = read(border(checker), "/api/v1/hits?box=caused");
        assertThat(caused.toString()).contains(hit.toString());
        assertThat(caused.get(0).get("caption").isNull()).isTrue();
        assertThat(caused.get(0).get("query").asString()).as("its own query").contains(surname);

        mvc.perform(get("/api/v1/hits/" + hit).with(as(bureau(bystander)))).andExpect(status().isNotFound());
        assertThat(read(bureau(bystander), "/api/v1/hits").toString()).doesNotContain(hit.toString());
    }

    @Test
    void theWorkflowGoesNewAcknowledgedConfirmedActionTakenAndRefusesShortcuts() throws Exception {
        UUID hit = raiseHit();
        move(border(checker), hit, "acknowledged", null).andExpect(status().isForbidden());
        move(bureau(owner), hit, "confirmed", null).andExpect(status().isConflict());
        move(bureau(owner), hit, "acknowledged", null).andExpect(status().isOk());
        move(bureau(owner), hit, "action-taken", "detained").andExpect(status().isConflict());
        move(bureau(owner), hit, "confirmed", "fingerprints agree").andExpect(status().isOk());
        move(border(checker), hit, "action-taken", null).andExpect(status().isBadRequest());
        move(border(checker), hit, "action-taken", "detained at the port, owner informed").andExpect(status().isOk());
        move(bureau(owner), hit, "false-positive", "too late").andExpect(status().isConflict());
        mvc.perform(post("/api/v1/hits/" + hit + "/notes").with(as(bureau(owner))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"extradition request sent\"}")).andExpect(status().isOk());

        JsonNode done = read(border(checker), "/api/v1/hits/" + hit);
        assertThat(done.get("status").asString()).isEqualTo("action-taken");
        assertThat(done.get("notes").size()).isEqualTo(4);
        assertThat(done.get("notes").get(2).get("statusTo").asString()).isEqualTo("ACTION_TAKEN");
    }

    @Test
    void aFalsePositiveNeedsItsReason() throws Exception {
        UUID hit = raiseHit();
        move(bureau(owner), hit, "acknowledged", null).andExpect(status().isOk());
        move(bureau(owner), hit, "false-positive", null).andExpect(status().isBadRequest());
        move(bureau(owner), hit, "false-positive", "different father's name").andExpect(status().isOk());
        move(bureau(owner), hit, "action-taken", "x").andExpect(status().isConflict());
    }

    static String ownerCaptionCell(String surname) {
        return "<dd>Youssef " + surname + "</dd>";
    }

    @Test
    void theInboxPageListsTheHitAndItsPageMovesIt() throws Exception {
        UUID hit = raiseHit();
        await().atMost(Duration.ofSeconds(10)).until(() -> read(bureau(owner), "/api/v1/hits").toString().contains(hit.toString()));
        String inbox = mvc.perform(get("/hits").with(as(bureau(owner)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("/hits/" + hit).contains("Youssef " + surname);
        mvc.perform(post("/hits/" + hit + "/status").with(as(bureau(owner)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("status", "acknowledged"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/hits/" + hit).with(as(bureau(owner)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Acknowledged");
        String checkerPage = mvc.perform(get("/hits/" + hit).with(as(border(checker)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(checkerPage).contains("Restricted by the owner").doesNotContain(ownerCaptionCell(surname));
    }
}
