package org.tangier.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.tangier.hits.Hits;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * The assessment workflow through the API: write, submit, review by someone other than the author, publish to the
 * agencies the restriction admits, read with frozen figures that do not move when the data does, and an agency the
 * restriction refuses that learns nothing (list, read, PDF). Every step leaves an audit entry.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;

    String owner;
    String checkpoint;
    UUID phone;
    String author;
    String second;
    String recipient;
    String refused;

    @BeforeAll
    void agenciesAndData() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("AO");
        String reader = agencies.agency("AP");
        String other = agencies.agency("AX");
        checkpoint = "ASM-" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase();
        phone = AssessmentFixtures.hitPhone(records, hits, owner, checkpoint);
        AssessmentFixtures.hitPhone(records, hits, owner, checkpoint);
        author = agencies.token(owner, Role.ANALYST);
        second = agencies.token(owner, Role.ANALYST);
        recipient = agencies.token(reader, Role.ANALYST);
        refused = agencies.token(other, Role.ANALYST);
        restriction = "only:" + reader;
    }

    String restriction;

    @Test
    void writtenReviewedByASecondAnalystPublishedAndFrozen() throws Exception {
        String id = create(author, AssessmentFixtures.body(restriction, phone, null));

        // a draft is live: its figures are computed on reading
        String draft = call(get("/api/v1/assessments/" + id), author, status().isOk());
        assertThat((Boolean) JsonPath.read(draft, "$.frozen")).isFalse();
        assertThat((Integer) JsonPath.read(draft, "$.sections[1].data.trend.hits")).isGreaterThanOrEqualTo(2);
        List<String> nodeIds = JsonPath.read(draft, "$.sections[3].data.chart.nodes[*].id");
        assertThat(nodeIds).contains(phone.toString());

        // a new version, then review
        call(put("/api/v1/assessments/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.body(restriction, phone, 1)), author, status().isOk());
        call(put("/api/v1/assessments/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.body(restriction, phone, 1)), author, status().isConflict());
        call(post("/api/v1/assessments/" + id + "/submit"), author, status().isOk());
        call(post("/api/v1/assessments/" + id + "/publish"), author, status().isForbidden());
        String published = call(post("/api/v1/assessments/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"sources checked\"}"), second, status().isOk());
        assertThat((String) JsonPath.read(published, "$.status")).isEqualTo("PUBLISHED");
        assertThat((Integer) JsonPath.read(published, "$.figuresVersion")).isEqualTo(2);

        String before = call(get("/api/v1/assessments/" + id), recipient, status().isOk());
        assertThat((Boolean) JsonPath.read(before, "$.frozen")).isTrue();
        assertThat((String) JsonPath.read(before, "$.title.ar")).isEqualTo(AssessmentFixtures.TITLE_AR);
        long frozenHits = ((Number) JsonPath.read(before, "$.sections[1].data.trend.hits")).longValue();

        // the data moves: another hit at the checkpoint; the published figures do not
        AssessmentFixtures.hitPhone(records, hits, owner, checkpoint);
        String draftNow = call(get("/api/v1/assessments/" + create(author, AssessmentFixtures.body(restriction, phone, null))),
                author, status().isOk());
        assertThat(((Number) JsonPath.read(draftNow, "$.sections[1].data.trend.hits")).longValue()).isGreaterThan(frozenHits);
        String after = call(get("/api/v1/assessments/" + id), recipient, status().isOk());
        assertThat((Object) JsonPath.read(after, "$.sections")).isEqualTo(JsonPath.read(before, "$.sections"));

        // final: no more edits
        call(put("/api/v1/assessments/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.body(restriction, phone, 2)), author, status().isConflict());
        List<String> listed = JsonPath.read(call(get("/api/v1/assessments"), recipient, status().isOk()), "$[*].id");
        assertThat(listed).contains(id);
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = :id and action in"
                        + " ('assessment.create','assessment.update','assessment.submit','assessment.publish','assessment.read')")
                .param("id", id).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aRefusedAgencyLearnsNothingOfIt() throws Exception {
        String id = publishedAssessment();
        String list = call(get("/api/v1/assessments"), refused, status().isOk());
        assertThat(list).doesNotContain(id);
        String read = call(get("/api/v1/assessments/" + id), refused, status().isNotFound());
        String missing = call(get("/api/v1/assessments/" + UUID.randomUUID()), refused, status().isNotFound());
        assertThat(read.replace(id, "ID")).isEqualTo(missing.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID"));
        call(get("/api/v1/assessments/" + id + "/pdf").param("lang", "ar"), refused, status().isNotFound());
        // drafts never leave the owning agency, not even to an admitted one
        String draft = create(author, AssessmentFixtures.body(restriction, phone, null));
        call(get("/api/v1/assessments/" + draft), recipient, status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = :id and outcome = 'FAILURE'")
                .param("id", id).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        String body = call(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":{\"en\":\"x\"},\"restriction\":\"all\",\"handlingCode\":\"H1\","
                        + "\"sections\":[{\"figure\":{\"kind\":\"pie\"}}]}"), author, status().isBadRequest());
        assertThat(body).contains("assessment.figure-kind");
        call(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":{\"en\":\"x\"},\"restriction\":\"owner\",\"handlingCode\":\"H1\"}"), author,
                status().isBadRequest());
        call(get("/api/v1/assessments/" + UUID.randomUUID() + "/pdf").param("lang", "de"), author, status().isBadRequest());
    }

    String publishedAssessment() throws Exception {
        String id = create(author, AssessmentFixtures.body(restriction, phone, null));
        call(post("/api/v1/assessments/" + id + "/submit"), author, status().isOk());
        call(post("/api/v1/assessments/" + id + "/publish"), second, status().isOk());
        return id;
    }

    private String create(String token, String body) throws Exception {
        return JsonPath.read(call(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body),
                token, status().isCreated()), "$.id");
    }

    private String call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token,
            ResultMatcher expected) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andExpect(expected)
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
