package org.tangier.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.hits.HitTrace;
import org.tangier.hits.Hits;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.Notices;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * The pinned link-analysis API on one network seen by an allowed and a refused analyst: the refused one gets exactly
 * what it would get if the records it may not see did not exist, whatever it asks.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkAnalysisApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;
    @Autowired
    Notices notices;

    AnalysisFixtures net;
    String allowedToken;
    String refusedToken;
    String borderToken;

    @BeforeAll
    void network() throws Exception {
        net = new AnalysisFixtures(jdbc, mvc).build(records, hits);
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        allowedToken = agencies.token(net.allowed, Role.ANALYST);
        refusedToken = agencies.token(net.refused, Role.ANALYST);
        borderToken = agencies.token(net.allowed, Role.BORDER_OFFICER);
    }

    @Test
    void allowedAnalystSeesTheLinksSharedIdentifiersAndTheSamePersonAcrossAgencies() throws Exception {
        String body = neighbourhood(allowedToken, net.p1, "3", null);

        assertThat(ids(body)).containsExactlyInAnyOrder(id(net.p1), id(net.i1), id(net.p2), id(net.p3), id(net.f1));
        assertThat((List<String>) JsonPath.read(body, "$.nodes[?(@.id=='" + net.p2 + "')].caption"))
                .containsExactly("Youssef Z" + net.surname.substring(1));
        assertThat((List<String>) JsonPath.read(body, "$.nodes[?(@.id=='" + net.p2 + "')].owner")).containsExactly(net.ownerB);
        assertThat((List<String>) JsonPath.read(body, "$.nodes[?(@.id=='" + net.p2 + "')].type")).containsExactly("person");
        List<String> same = JsonPath.read(body, "$.edges[?(@.kind=='possibly-same-person')].explanation");
        assertThat(same).hasSize(1);
        assertThat(same.get(0)).contains("score").contains(net.surname);
        List<String> relations = JsonPath.read(body, "$.edges[?(@.kind=='link')].explanation");
        assertThat(relations).contains("uses-phone", "carries");
        assertThat(body).doesNotContain(id(net.h1)).as("the hit is the checker's and the owner's only");
    }

    @Test
    void refusedAnalystLearnsNothingOfTheRecordsItMayNotSee() throws Exception {
        String body = neighbourhood(refusedToken, net.p1, "4", null);

        assertThat(ids(body)).containsExactlyInAnyOrder(id(net.p1), id(net.i1), id(net.h1));
        for (String secret : List.of(id(net.p2), id(net.p3), net.ownerB, "Youssef", "Mohamed " + net.surname,
                "possibly-same-person", "carries")) {
            assertThat(body).doesNotContain(secret);
        }
        assertThat((List<String>) JsonPath.read(body, "$.edges[*].kind")).containsExactlyInAnyOrder("link", "hit");

        // the firearm is reachable only through the hidden person: from there the refused analyst sees it alone
        assertThat(ids(neighbourhood(refusedToken, net.f1, "4", null))).containsExactly(id(net.f1));
        // asking from a hidden record is answered as for a record that does not exist
        mvc.perform(get("/api/v1/analysis/neighbourhood").param("entity", id(net.p2)).param("purpose", "case 7")
                        .header("Authorization", "Bearer " + refusedToken))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Entity " + net.p2 + " was not found."));
        mvc.perform(get("/api/v1/analysis/neighbourhood").param("entity", UUID.randomUUID().toString())
                        .param("purpose", "case 7").header("Authorization", "Bearer " + refusedToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void pathsGoOnlyThroughWhatTheCallerMaySee() throws Exception {
        String allowedPaths = paths(allowedToken, net.p1, net.f1, null);
        List<List<String>> found = JsonPath.read(allowedPaths, "$.paths");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0)).containsExactly(id(net.p1), id(net.i1), id(net.p2), id(net.f1));
        assertThat((List<String>) JsonPath.read(allowedPaths, "$.edges[*].kind")).containsOnly("link");

        String refusedPaths = paths(refusedToken, net.p1, net.f1, null);
        assertThat((List<?>) JsonPath.read(refusedPaths, "$.paths")).isEmpty();
        assertThat((List<?>) JsonPath.read(refusedPaths, "$.edges")).isEmpty();
        assertThat(ids(refusedPaths)).containsExactlyInAnyOrder(id(net.p1), id(net.f1));

        assertThat((List<?>) JsonPath.read(paths(allowedToken, net.p1, net.f1, "2"), "$.paths"))
                .as("the only path has three hops").isEmpty();
    }

    @Test
    void filtersByTypeAndHopsBoundTheNeighbourhood() throws Exception {
        assertThat(ids(neighbourhood(allowedToken, net.p1, "1", null)))
                .containsExactlyInAnyOrder(id(net.p1), id(net.i1), id(net.p3));
        assertThat(ids(neighbourhood(allowedToken, net.p1, "3", "indicator")))
                .as("a person is neither shown nor walked through").containsExactlyInAnyOrder(id(net.p1), id(net.i1));
        assertThat(ids(neighbourhood(allowedToken, net.p1, "2", null))).doesNotContain(id(net.f1));
        assertThat(ids(neighbourhood(allowedToken, net.p1, "3", null))).contains(id(net.f1));
    }

    @Test
    void structureNamesTheBridge() throws Exception {
        String body = mvc.perform(get("/api/v1/analysis/structure").param("entity", id(net.p1)).param("hops", "3")
                        .param("purpose", "case 7").header("Authorization", "Bearer " + allowedToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.components")).isEqualTo(1);
        List<Map<String, Object>> members = JsonPath.read(body, "$.members");
        assertThat(members.get(0).get("id")).as("the phone bridges the two agencies' persons").isEqualTo(id(net.i1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hops=0", "hops=5", "hops=two", "purpose=", "entity=not-an-id", "types=boat", "since=yesterday"})
    void badInputIsAProblemNotAnError(String change) throws Exception {
        String[] kv = change.split("=", 2);
        var request = get("/api/v1/analysis/neighbourhood").header("Authorization", "Bearer " + allowedToken)
                .param(kv[0], kv[1]);
        for (String[] usual : new String[][] {{"entity", id(net.p1)}, {"purpose", "case 7"}}) {
            if (!usual[0].equals(kv[0])) {
                request.param(usual[0], usual[1]);
            }
        }
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(kv[0])));
        mvc.perform(get("/api/v1/analysis/paths").header("Authorization", "Bearer " + allowedToken)
                        .param("from", id(net.p1)).param("to", id(net.f1)).param("maxHops", "7").param("purpose", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/analysis/paths").header("Authorization", "Bearer " + allowedToken)
                        .param("from", id(net.p1)).param("to", id(net.f1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("purpose")));
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        mvc.perform(get("/api/v1/analysis/neighbourhood").param("entity", id(net.p1)).param("purpose", "case 7")
                        .header("Authorization", "Bearer " + borderToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/analysis/paths").param("from", id(net.p1)).param("to", id(net.f1))
                        .param("purpose", "case 7").header("Authorization", "Bearer " + borderToken))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyQueryIsAuditedWithItsPurpose() throws Exception {
        String purpose = "audit check " + UUID.randomUUID();
        mvc.perform(get("/api/v1/analysis/neighbourhood").param("entity", id(net.p1)).param("purpose", purpose)
                .header("Authorization", "Bearer " + refusedToken)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/analysis/paths").param("from", id(net.p1)).param("to", id(net.p2))
                .param("purpose", purpose).header("Authorization", "Bearer " + refusedToken)).andExpect(status().isNotFound());
        List<Map<String, Object>> rows = jdbc.sql("select action, agency_code, object_id, outcome from audit_entry"
                + " where purpose = :p order by seq").param("p", purpose).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("action", "analysis.neighbourhood").containsEntry("agency_code", net.refused)
                .containsEntry("object_id", id(net.p1)).containsEntry("outcome", "SUCCESS");
        assertThat(rows.get(1)).containsEntry("action", "analysis.paths").containsEntry("outcome", "FAILURE");
    }

    /** The single reads that place a change in the graph in place give what the whole reads of a build give. */
    @Test
    void theReadsOfAChangeInPlaceAgreeWithTheWholeReads() {
        List<HitTrace> traces = new java.util.ArrayList<>();
        hits.forEachTrace(traces::add);
        assertThat(hits.trace(net.h1)).contains(traces.stream().filter(t -> t.id().equals(net.h1)).findFirst().orElseThrow());
        assertThat(hits.trace(UUID.randomUUID())).isEmpty();

        List<Records.RecordLink> all = new java.util.ArrayList<>();
        records.forEachLink(all::add);
        List<Records.RecordLink> ofP1 = new java.util.ArrayList<>();
        records.forEachLinkOf(List.of(net.p1, net.i1), ofP1::add);
        assertThat(ofP1).isNotEmpty().containsExactlyInAnyOrderElementsOf(all.stream()
                .filter(l -> List.of(net.p1, net.i1).contains(l.from()) || List.of(net.p1, net.i1).contains(l.to()))
                .toList());

        List<NoticeInForce> inForce = new java.util.ArrayList<>();
        notices.forEachInForce(inForce::add);
        inForce.forEach(n -> assertThat(notices.inForce(n.noticeId())).contains(n));
        assertThat(notices.inForce(UUID.randomUUID())).isEmpty();
    }

    private String neighbourhood(String token, UUID entity, String hops, String types) throws Exception {
        var request = get("/api/v1/analysis/neighbourhood").param("entity", entity.toString()).param("hops", hops)
                .param("purpose", "case 7").header("Authorization", "Bearer " + token);
        if (types != null) {
            request.param("types", types);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String paths(String token, UUID from, UUID to, String maxHops) throws Exception {
        var request = get("/api/v1/analysis/paths").param("from", from.toString()).param("to", to.toString())
                .param("purpose", "case 7").header("Authorization", "Bearer " + token);
        if (maxHops != null) {
            request.param("maxHops", maxHops);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> ids(String body) {
        return JsonPath.read(body, "$.nodes[*].id");
    }

    private static String id(UUID id) {
        return id.toString();
    }
}
