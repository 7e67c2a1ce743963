package org.tangier.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.hits.Hits;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving a link chart in an operation, reopening it and exporting it (GraphML, FtM), for an allowed analyst and for a
 * refused one that is a member of the same operation: the refused one gets nothing of the nodes it may not see, from
 * the saved chart or from an export, not even that they were left out.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;
    @Autowired
    JsonMapper json;

    AnalysisFixtures net;
    String allowedToken;
    String refusedToken;
    String outsiderToken;
    UUID operation;
    List<String> secrets;

    @BeforeAll
    void network() throws Exception {
        net = new AnalysisFixtures(jdbc, mvc).build(records, hits);
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        allowedToken = agencies.token(net.allowed, Role.ANALYST);
        refusedToken = agencies.token(net.refused, Role.ANALYST);
        String outsider = agencies.agency("NO");
        outsiderToken = agencies.token(outsider, Role.ANALYST);
        operation = AnalysisFixtures.operation(jdbc, "Operation Sirocco " + net.surname, net.allowed, net.refused);
        secrets = List.of(net.p2.toString(), net.p3.toString(), net.ownerB, "Youssef", "Mohamed " + net.surname,
                "possibly-same-person", "carries");
    }

    @Test
    void anAnalystSavesAChartInAnOperationReopensItAndExportsIt() throws Exception {
        String chart = save(allowedToken, List.of(net.p1, net.i1, net.p2, net.p3, net.f1));

        String listed = mvc.perform(get("/api/v1/analysis/charts").param("operation", operation.toString())
                .param("purpose", "case 7").header("Authorization", "Bearer " + allowedToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(listed, "$[*].id")).contains(chart);

        String opened = open(allowedToken, chart);
        assertThat(ids(opened)).containsExactlyInAnyOrder(id(net.p1), id(net.i1), id(net.p2), id(net.p3), id(net.f1));
        assertThat((List<Boolean>) JsonPath.read(opened, "$.layout[?(@.id=='" + net.p1 + "')].pinned")).containsExactly(true);
        assertThat((List<Double>) JsonPath.read(opened, "$.layout[?(@.id=='" + net.i1 + "')].x")).containsExactly(100.0);
        assertThat((List<String>) JsonPath.read(opened, "$.edges[*].explanation")).contains("uses-phone", "carries");
        assertThat((String) JsonPath.read(opened, "$.chart.name")).isEqualTo("Network around " + net.surname);

        // GraphML: well-formed, and read back it is the same graph
        Document graphml = xml(export(allowedToken, chart, "graphml"));
        assertThat(graphml.getDocumentElement().getLocalName()).isEqualTo("graphml");
        List<String> nodes = new ArrayList<>();
        NodeList nodeList = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            nodes.add(((Element) nodeList.item(i)).getAttribute("id"));
        }
        assertThat(nodes).containsExactlyInAnyOrder(id(net.p1), id(net.i1), id(net.p2), id(net.p3), id(net.f1));
        assertThat(graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength())
                .isEqualTo(JsonPath.<List<Object>>read(opened, "$.edges").size());

        // FtM: one entity a line, each parses, persons and links in the FollowTheMoney shape
        List<JsonNode> entities = ftm(export(allowedToken, chart, "ftm"));
        assertThat(entities).allSatisfy(e -> {
            assertThat(e.path("id").asString()).isNotBlank();
            assertThat(e.path("properties").isObject()).isTrue();
        });
        assertThat(entities).filteredOn(e -> e.path("id").asString().equals(id(net.p1))).singleElement()
                .satisfies(e -> {
                    assertThat(e.path("schema").asString()).isEqualTo("Person");
                    assertThat(e.path("properties").path("name").get(0).asString()).isEqualTo("Mohammed " + net.surname);
                });
        assertThat(entities).filteredOn(e -> e.path("schema").asString().equals("UnknownLink"))
                .anySatisfy(e -> assertThat(e.path("properties").path("role").get(0).asString()).isEqualTo("possibly-same-person"));
    }

    @Test
    void aRefusedAnalystInTheSameOperationGetsNothingOfTheHiddenNodes() throws Exception {
        String chart = save(allowedToken, List.of(net.p1, net.i1, net.p2, net.p3, net.f1));

        String opened = open(refusedToken, chart);
        assertThat(ids(opened)).containsExactlyInAnyOrder(id(net.p1), id(net.i1), id(net.f1));
        assertThat((List<String>) JsonPath.read(opened, "$.layout[*].id"))
                .containsExactlyInAnyOrder(id(net.p1), id(net.i1), id(net.f1));
        String graphml = export(refusedToken, chart, "graphml");
        String ftm = export(refusedToken, chart, "ftm");
        // an unsaved chart naming the hidden nodes is cut the same way
        String unsaved = mvc.perform(post("/api/v1/analysis/export").param("format", "ftm").param("purpose", "case 7")
                        .header("Authorization", "Bearer " + refusedToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nodes\":[\"" + net.p2 + "\",\"" + net.p3 + "\",\"" + net.i1 + "\"]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String body : List.of(opened, graphml, ftm, unsaved)) {
            for (String secret : secrets) {
                assertThat(body).doesNotContain(secret);
            }
        }
        assertThat(ftm(unsaved)).extracting(e -> e.path("id").asString()).containsExactly(id(net.i1));
        // the list of charts gives no count that would tell how many nodes were left out
        String listed = mvc.perform(get("/api/v1/analysis/charts").param("operation", operation.toString())
                .param("purpose", "case 7").header("Authorization", "Bearer " + refusedToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains(chart);
        Map<String, Object> summary = JsonPath.<List<Map<String, Object>>>read(listed, "$[?(@.id=='" + chart + "')]").get(0);
        assertThat(summary.keySet()).containsExactlyInAnyOrder("id", "operation", "operationName", "name", "agency",
                "savedBy", "savedAt");

        // what the refused analyst saves keeps only what it sees, whatever ids it sends
        String own = save(refusedToken, List.of(net.p1, net.p2));
        assertThat(ids(open(allowedToken, own))).containsExactly(id(net.p1));
    }

    @Test
    void anAgencyOutsideTheOperationNeitherSavesNorReopens() throws Exception {
        String chart = save(allowedToken, List.of(net.p1, net.i1));
        mvc.perform(get("/api/v1/analysis/charts/" + chart).param("purpose", "case 7")
                .header("Authorization", "Bearer " + outsiderToken)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/analysis/charts/" + chart + "/export").param("format", "graphml").param("purpose", "case 7")
                .header("Authorization", "Bearer " + outsiderToken)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/analysis/charts").param("operation", operation.toString()).param("purpose", "case 7")
                .header("Authorization", "Bearer " + outsiderToken)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/analysis/charts").header("Authorization", "Bearer " + outsiderToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body(List.of(net.p1))))
                .andExpect(status().isNotFound());
        List<Map<String, Object>> audit = jdbc.sql("select action, outcome from audit_entry where object_id = :id"
                + " and action = 'analysis.chart.open' order by seq").param("id", chart).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("outcome")).contains("FAILURE");
    }

    @Test
    void badInputIsAProblemNamingTheParameter() throws Exception {
        String chart = save(allowedToken, List.of(net.p1));
        String problem = mvc.perform(get("/api/v1/analysis/charts/" + chart + "/export").param("format", "pdf")
                        .param("purpose", "case 7").header("Authorization", "Bearer " + allowedToken))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("format");
        mvc.perform(get("/api/v1/analysis/charts/" + chart).header("Authorization", "Bearer " + allowedToken))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/analysis/charts").header("Authorization", "Bearer " + allowedToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"operation\":\"" + operation
                        + "\",\"name\":\"x\",\"purpose\":\"case 7\",\"nodes\":[]}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/analysis/charts/not-an-id").param("purpose", "case 7")
                .header("Authorization", "Bearer " + allowedToken)).andExpect(status().isBadRequest());
    }

    private String save(String token, List<UUID> nodes) throws Exception {
        String body = mvc.perform(post("/api/v1/analysis/charts").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(nodes)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String body(List<UUID> nodes) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            list.append(i == 0 ? "" : ",").append("{\"id\":\"").append(nodes.get(i)).append("\",\"x\":").append(100 * i)
                    .append(",\"y\":").append(50 * i).append(",\"pinned\":").append(i == 0).append('}');
        }
        return "{\"operation\":\"" + operation + "\",\"name\":\"Network around " + net.surname
                + "\",\"purpose\":\"case 7\",\"nodes\":[" + list + "],\"filter\":{\"types\":[],\"owners\":[]}}";
    }

    private String open(String token, String chart) throws Exception {
        return mvc.perform(get("/api/v1/analysis/charts/" + chart).param("purpose", "case 7")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String export(String token, String chart, String format) throws Exception {
        return mvc.perform(get("/api/v1/analysis/charts/" + chart + "/export").param("format", format)
                        .param("purpose", "case 7").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<JsonNode> ftm(String text) {
        List<JsonNode> entities = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                JsonNode entity = json.readTree(line);
                assertThat(entity.path("schema").asString()).isNotBlank();
                entities.add(entity);
            }
        }
        return entities;
    }

    private static List<String> ids(String body) {
        return JsonPath.read(body, "$.nodes[*].id");
    }

    private static String id(UUID id) {
        return id.toString();
    }
}
