package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestCallers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A watch list imported in one step (POST /api/v1/notices/import/ftm) gives each person a submitted notice; border
 * checks find the persons only once the owner's reviewer has published them, and only as the restriction allows.
 */
@TangierTest
class WatchListImportTest {

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

    @Test
    void importedPersonsAreScreenedOnlyAfterTheReviewerPublishesTheirNotices() throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(jdbc, records, events, tx);
        String owner = fixtures.agency("WO");
        String allowed = fixtures.agency("WA");
        String refused = fixtures.agency("WR");
        List<String> surnames = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String surname = ScreeningFixtures.uniqueNamePart();
            surnames.add(surname);
            body.append("{\"id\":\"wl-").append(surname).append("\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Karim ")
                    .append(surname).append("\"],\"birthDate\":[\"1971-03-0").append(i + 1).append("\"]}}\n");
        }
        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/notices/import/ftm").with(as(bureau(owner)))
                        .param("type", "UN").param("restriction", "only:" + allowed)
                        .param("summary", "Listed by the sanctions committee")
                        .param("field.sanctionsCommittee", "Committee 1267").param("field.sanctionsReference", "QDi.999")
                        .contentType("application/x-ndjson").content(body.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(answer.get("imported").asLong()).isEqualTo(3);
        assertThat(answer.get("noticesSubmitted").asInt()).isEqualTo(3);
        assertThat(answer.get("notices")).hasSize(3);
        assertThat(answer.get("noticeErrors")).isEmpty();

        String first = "{\"purpose\":\"border control\",\"name\":\"Karim " + surnames.get(0) + "\",\"birthDate\":\"1971-03-01\"}";
        assertThat(ownersMatch(check(allowed, first), owner)).as("no hit before review").isNull();

        // the importer may not publish what it submitted: the review rule is kept
        String id0 = answer.get("notices").get(0).asString();
        mvc.perform(post("/api/v1/notices/" + id0 + "/publish").with(as(bureau(owner)))).andExpect(status().is4xxClientError());

        Caller reviewer = TestCallers.user(owner.toLowerCase() + ".reviewer", owner, EnumSet.of(Role.REVIEWER));
        for (JsonNode id : answer.get("notices")) {
            mvc.perform(post("/api/v1/notices/" + id.asString() + "/publish").with(as(reviewer))).andExpect(status().isOk());
        }

        for (int i = 0; i < 3; i++) {
            String query = "{\"purpose\":\"border control\",\"name\":\"Karim " + surnames.get(i) + "\",\"birthDate\":\"1971-03-0"
                    + (i + 1) + "\"}";
            JsonNode hit = ownersMatch(check(allowed, query), owner);
            assertThat(hit).as("hit for %s after review", surnames.get(i)).isNotNull();
            assertThat(hit.get("outcome").asString()).isEqualTo("HIT");
            assertThat(hit.get("visibility").asString()).isEqualTo("full");
            JsonNode other = check(refused, query);
            JsonNode refusedMatch = ownersMatch(other, owner);
            if (refusedMatch != null) {
                assertThat(refusedMatch.get("visibility").asString()).isNotEqualTo("full");
            }
            if (refusedMatch != null) {
                assertThat(refusedMatch.has("record")).as("a refused match names no record").isFalse();
            }
            // the query is echoed in other agencies' explanations, so look at the records the answer names
            for (JsonNode m : other) {
                assertThat(m.path("record").path("caption").asString(""))
                        .as("no record of the owner is shown to the refused agency").doesNotContain(surnames.get(i));
            }
        }
    }

    @Test
    void aWrongNoticeTypeIsRefusedBeforeAnythingIsStored() throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(jdbc, records, events, tx);
        String owner = fixtures.agency("WX");
        String line = "{\"id\":\"wl-x\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Nobody Stored\"]}}\n";
        for (String type : List.of("PINK", "BLACK")) {
            mvc.perform(post("/api/v1/notices/import/ftm").with(as(bureau(owner))).param("type", type)
                            .contentType("application/x-ndjson").content(line))
                    .andExpect(status().isBadRequest())
                    .andExpect(r -> assertThat(r.getResponse().getContentType()).startsWith("application/problem+json"));
        }
        assertThat(jdbc.sql("select count(*) from record where owner_agency = :a").param("a", owner).query(Long.class)
                .single()).isZero();
    }

    private JsonNode check(String agency, String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/screening/checks").with(as(border(agency)))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("matches");
    }

    private static JsonNode ownersMatch(JsonNode matches, String owner) {
        for (JsonNode m : matches) {
            if (owner.equals(m.get("ownerAgency").asString())) {
                return m;
            }
        }
        return null;
    }
}
