package org.tangier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.records.RecordView;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TangierTest
class BatchScreeningTest {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String checker;
    String wanted;
    String stolen;

    @BeforeEach
    void wantedPersonAndStolenPassport() {
        owner = fixtures.agency("B");
        checker = fixtures.agency("K");
        wanted = "Rachid " + ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "all", wanted, "1977-04-09", "MA");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
        stolen = "QK" + (1000000 + new java.util.Random().nextInt(8000000));
        fixtures.create(owner, "all", new TravelDocumentDetails(stolen, "passport", "MA", "stolen", "2026-02-01", null));
    }

    String manifest() {
        return "reference;name;birthDate;nationality;documentNumber;documentCountry\n"
                + "AT202-1;" + wanted + ";1977-04-09;MA;;\n"
                + "AT202-2;Nadia " + ScreeningFixtures.uniqueNamePart() + ";1990-01-01;FR;;\n"
                + "AT202-3;\"Lina, " + ScreeningFixtures.uniqueNamePart() + "\";;;" + stolen + ";MAR\n"
                + "AT202-4;Someone Else;14/03/1971;MA;;\n";
    }

    JsonNode awaitDone(String id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            last[0] = json.readTree(mvc.perform(get("/api/v1/screening/batches/" + id).with(as(border(checker))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            return last[0].get("status").asString().equals("DONE");
        });
        return last[0];
    }

    @Test
    void aManifestIsScreenedInTheBackgroundAndItsResultsDownloadAsCsvAndJson() throws Exception {
        MockMultipartFile file = new MockMultipartFile("manifest", "AT202.csv", "text/csv", manifest().getBytes(StandardCharsets.UTF_8));
        String accepted = mvc.perform(multipart("/api/v1/screening/batches").file(file).param("purpose", "API AT202")
                        .param("checkpoint", "RAK-AIRPORT").with(as(border(checker))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(accepted).get("id").asString();

        JsonNode done = awaitDone(id);
        assertThat(done.get("totalRows").asInt()).isEqualTo(4);
        assertThat(done.get("doneRows").asInt()).isEqualTo(4);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("hitRows").asInt()).isEqualTo(2);

        String csv = mvc.perform(get("/api/v1/screening/batches/" + id + "/results.csv").with(as(border(checker))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[0] + ":" + l.split("\",")[2].split(",")[0]))
                .containsExactly("1:HIT", "2:NO_HIT", "3:HIT", "4:INVALID");

        JsonNode results = json.readTree(mvc.perform(get("/api/v1/screening/batches/" + id + "/results.json")
                .with(as(border(checker)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(results.get("rows").size()).isEqualTo(4);
        assertThat(results.get("rows").get(0).get("reference").asString()).isEqualTo("AT202-1");
        assertThat(results.get("rows").get(0).get("matches").get(0).get("instruction").asString()).isEqualTo("arrest");
        assertThat(results.get("rows").get(0).get("matches").get(0).get("hitId").asString()).isNotBlank();
        assertThat(results.get("rows").get(3).get("matches").get(0).get("problem").asString()).contains("birthDate");

        mvc.perform(get("/api/v1/screening/batches/" + id).with(as(border(owner)))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/screening/batches/" + id).with(as(border(checker)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<progress").contains("data-status=\"DONE\"").doesNotContain("every 1s")
                .contains("/screening/batches/" + id + "/results.csv");
    }

    @Test
    void aManifestSentAsJsonBodyWorksAndABrokenOneIsA400() throws Exception {
        String body = "[{\"reference\":\"x1\",\"name\":\"" + wanted + "\",\"birthDate\":\"1977-04-09\"}]";
        String accepted = mvc.perform(post("/api/v1/screening/batches").param("purpose", "API").with(as(border(checker)))
                        .contentType("application/json").content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        assertThat(awaitDone(json.readTree(accepted).get("id").asString()).get("hitRows").asInt()).isEqualTo(1);

        mvc.perform(post("/api/v1/screening/batches").param("purpose", "API").with(as(border(checker)))
                .contentType("text/csv").content("flight,seat\nAT202,1A\n")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/screening/batches").with(as(border(checker)))
                .contentType("text/csv").content("name\nA B\n")).andExpect(status().isBadRequest());
    }
}
