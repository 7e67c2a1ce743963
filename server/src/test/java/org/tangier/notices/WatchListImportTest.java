package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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
    ScreeningFixtures fixtures;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void importedPersonsAreScreenedOnlyAfterTheReviewerPublishesTheirNotices() throws Exception {
        String owner = fixtures.agency("WO");
        String allowed = fixtures.agency("WA");
        String refused = fixtures.agency("WR");
        List<String> surnames = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String surname = ScreeningFixtures.uniqueNamePart();
            surnames.add(surname);
            body.append(ftmPerson("wl-" + surname, "Karim " + surname, "1971-03-0" + (i + 1)));
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
    void theReviewerPublishesAWholeListInOneApprovalAndWhatLacksDataStaysInTheQueue() throws Exception {
        String owner = fixtures.agency("WB");
        String other = fixtures.agency("WC");
        String checker = fixtures.agency("WK");
        List<String> surnames = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String surname = ScreeningFixtures.uniqueNamePart();
            surnames.add(surname);
            // the last person has no birth date and no document: a RED notice on it may not go into force
            body.append(ftmPerson("wb-" + surname, "Yusuf " + surname, i < 2 ? "1969-07-1" + i : null));
        }
        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/notices/import/ftm").with(as(bureau(owner)))
                        .param("type", "RED").param("restriction", "all")
                        .param("field.charges", "Armed robbery").param("field.legalBasis", "arrest-warrant")
                        .param("field.legalBasisReference", "AW-2026/77").param("field.legalBasisDate", "2026-02-01")
                        .param("field.legalBasisAuthority", "Investigating judge")
                        .contentType("application/x-ndjson").content(body.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(answer.get("noticesSubmitted").asInt()).isEqualTo(3);
        String batch = answer.get("batch").asString();

        // the importer may not approve its own list, and nothing goes into force when it tries
        mvc.perform(post("/api/v1/notices/batches/" + batch + "/publish").with(as(bureau(owner))))
                .andExpect(status().isForbidden());
        Caller ownImporterAsReviewer = TestCallers.user(owner.toLowerCase() + ".bureau", owner,
                EnumSet.of(Role.BUREAU_OFFICER, Role.REVIEWER));
        mvc.perform(post("/api/v1/notices/batches/" + batch + "/publish").with(as(ownImporterAsReviewer)))
                .andExpect(status().isForbidden());
        // another agency's reviewer learns nothing of the batch
        Caller strangerReviewer = TestCallers.user(other.toLowerCase() + ".reviewer", other, EnumSet.of(Role.REVIEWER));
        mvc.perform(post("/api/v1/notices/batches/" + batch + "/publish").with(as(strangerReviewer)))
                .andExpect(status().isNotFound())
                .andExpect(r -> assertThat(r.getResponse().getContentType()).startsWith("application/problem+json"));
        assertThat(statuses(answer)).containsOnly("SUBMITTED");

        Caller reviewer = TestCallers.user(owner.toLowerCase() + ".reviewer", owner, EnumSet.of(Role.REVIEWER));
        JsonNode approved = json.readTree(mvc.perform(post("/api/v1/notices/batches/" + batch + "/publish")
                        .with(as(reviewer)).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"List checked\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(approved.get("publishedCount").asInt()).isEqualTo(2);
        assertThat(approved.get("published")).extracting(JsonNode::asString)
                .containsExactly(answer.get("notices").get(0).asString(), answer.get("notices").get(1).asString());
        assertThat(approved.get("held")).hasSize(1);
        assertThat(approved.get("held").get(0).get("notice").asString()).isEqualTo(answer.get("notices").get(2).asString());
        assertThat(approved.get("held").get(0).get("code").asString()).isEqualTo("notices.notice-cannot-published-while-required");
        assertThat(statuses(answer)).containsExactly("PUBLISHED", "PUBLISHED", "SUBMITTED");

        // the published persons are screened at once; each publication has its own audit entry beside the batch's
        String query = "{\"purpose\":\"border control\",\"name\":\"Yusuf " + surnames.get(0) + "\",\"birthDate\":\"1969-07-10\"}";
        assertThat(ownersMatch(check(checker, query), owner)).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'notice.publish' and object_id in (:ids)")
                .param("ids", List.of(answer.get("notices").get(0).asString(), answer.get("notices").get(1).asString()))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'notice.batch.publish' and detail like :d")
                .param("d", "batch=" + batch + "%").query(Long.class).single()).isEqualTo(1);

        // approving again publishes nothing twice
        JsonNode again = json.readTree(mvc.perform(post("/api/v1/notices/batches/" + batch + "/publish").with(as(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.get("publishedCount").asInt()).isZero();
        assertThat(again.get("alreadyDone").asInt()).isEqualTo(2);
        assertThat(again.get("held")).hasSize(1);
    }

    @Test
    void theReviewQueuePageOffersTheWholeListAndPublishesIt() throws Exception {
        String owner = fixtures.agency("WP");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            String surname = ScreeningFixtures.uniqueNamePart();
            body.append(ftmPerson("wp-" + surname, "Omar " + surname, "1980-01-0" + (i + 1)));
        }
        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/notices/import/ftm").with(as(bureau(owner)))
                        .param("type", "UN").param("field.sanctionsCommittee", "Committee 1718")
                        .param("field.sanctionsReference", "KPi.001")
                        .contentType("application/x-ndjson").content(body.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String batch = answer.get("batch").asString();
        Caller reviewer = TestCallers.user(owner.toLowerCase() + ".reviewer", owner, EnumSet.of(Role.REVIEWER));

        String queue = mvc.perform(get("/notices/review").param("lang", "fr").with(as(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("data-batch=\"" + batch + "\"").contains("Publier toute la liste")
                .contains("2 notices en attente, importées par " + owner.toLowerCase() + ".bureau");
        // a border officer of the same agency reviews nothing and is offered no list
        assertThat(mvc.perform(get("/notices/review").with(as(border(owner)))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(batch);

        mvc.perform(post("/notices/batches/" + batch + "/publish").with(as(reviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/notices/review"))
                .andExpect(r -> assertThat(r.getFlashMap().get("batchDone")).isEqualTo(List.of(2, 0)));
        assertThat(statuses(answer)).containsExactly("PUBLISHED", "PUBLISHED");
        assertThat(mvc.perform(get("/notices/review").with(as(reviewer))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(batch);
    }

    @Test
    void eachNoticeBearsTheCrimeAreasItsPersonsTopicsName() throws Exception {
        String owner = fixtures.agency("WT");
        String refused = fixtures.agency("WU");
        String terrorist = ScreeningFixtures.uniqueNamePart();
        String plain = ScreeningFixtures.uniqueNamePart();
        String body = ftmPerson("wt-" + terrorist, "Khalid " + terrorist, "1975-05-05")
                .replace("]}}", "],\"topics\":[\"sanction\",\"crime.terror\",\"crime.fin\",\"not.a.topic\"]}}")
                + ftmPerson("wt-" + plain, "Driss " + plain, "1977-07-07")
                        .replace("]}}", "],\"topics\":[\"sanction\",\"role.pep\"]}}");
        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/notices/import/ftm").with(as(bureau(owner)))
                        .param("type", "UN").param("restriction", "owner")
                        .param("field.sanctionsCommittee", "Committee 1267").param("field.sanctionsReference", "QDi.998")
                        .contentType("application/x-ndjson").content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(answer.get("noticesSubmitted").asInt()).isEqualTo(2);
        assertThat(answer.get("rejected")).isEmpty();

        JsonNode first = notice(owner, answer.get("notices").get(0).asString());
        assertThat(first.get("crimeAreas")).extracting(JsonNode::asString).containsExactly("terrorism", "financial-crime");
        assertThat(first.get("subjects").get(0).get("id").asString()).as("the notice is on the tagged person's record")
                .isEqualTo(recordId(owner, "wt-" + terrorist));
        assertThat(notice(owner, answer.get("notices").get(1).asString()).get("crimeAreas")).isEmpty();
        // the person's record bears the same areas
        JsonNode record = json.readTree(mvc.perform(get("/api/v1/records/" + recordId(owner, "wt-" + terrorist))
                        .with(as(bureau(owner)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(record.get("crimeAreas")).extracting(JsonNode::asString).containsExactly("terrorism", "financial-crime");
        // another agency reads neither the notice nor its areas
        mvc.perform(get("/api/v1/notices/" + answer.get("notices").get(0).asString()).with(as(bureau(refused))))
                .andExpect(status().isNotFound());
    }

    private JsonNode notice(String agency, String id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/notices/" + id).with(as(bureau(agency))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String recordId(String owner, String externalId) {
        return jdbc.sql("select cast(id as varchar) from record where owner_agency = :o and external_id = :e")
                .param("o", owner).param("e", externalId).query(String.class).single();
    }

    /** One FtM Person line of a watch list; no birth date when {@code birthDate} is null. */
    private static String ftmPerson(String id, String name, String birthDate) {
        String birth = birthDate == null ? "" : ",\"birthDate\":[\"" + birthDate + "\"]";
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"]" + birth + "}}\n";
    }

    private List<String> statuses(JsonNode importAnswer) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode id : importAnswer.get("notices")) {
            statuses.add(jdbc.sql("select status from notice where id = :id").param("id", java.util.UUID.fromString(id.asString()))
                    .query(String.class).single());
        }
        return statuses;
    }

    @Test
    void aWrongNoticeTypeIsRefusedBeforeAnythingIsStored() throws Exception {
        String owner = fixtures.agency("WX");
        String line = ftmPerson("wl-x", "Nobody Stored", null);
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
