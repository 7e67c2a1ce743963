package org.tangier.crimeareas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Role;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** The crime-area list, and crimeAreas on each carrier: taken on create, shown on read, refused when unknown. */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrimeAreaApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hits hits;
    @Autowired
    CrimeAreas crimeAreas;

    String owner;
    String partner;
    String officer;
    String partnerOfficer;

    @BeforeAll
    void twoAgencies() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("CA");
        partner = agencies.agency("CP");
        officer = agencies.token(owner, Role.BUREAU_OFFICER);
        partnerOfficer = agencies.token(partner, Role.BUREAU_OFFICER);
    }

    @Test
    void theListIsInterpolsCrimeAreasWithEmpactPrioritiesInTheCallersLanguage() throws Exception {
        String body = mvc.perform(get("/api/v1/crime-areas").header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$[*].id");
        assertThat(ids).hasSize(CrimeArea.values().length).contains("terrorism", "drug-trafficking",
                "trafficking-in-human-beings", "people-smuggling", "war-crimes", "maritime-piracy", "other");
        List<List<String>> empact = JsonPath.read(body, "$[?(@.id=='people-smuggling')].empactPriorities");
        assertThat(empact.getFirst()).containsExactly("Migrant smuggling");
        mvc.perform(get("/api/v1/crime-areas").header("Authorization", "Bearer " + officer).header("Accept-Language", "ar"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id=='terrorism')].name").value("الإرهاب"));
    }

    @Test
    void aRecordTakesItsAreasAndShowsThem() throws Exception {
        String id = created(post("/api/v1/records/persons"), officer, """
                {"restriction":"all","details":{"names":[{"value":"Area Person"}]},
                 "crimeAreas":["drug-trafficking","organised-crime"]}""");
        mvc.perform(get("/api/v1/records/" + id).param("purpose", "test").header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.caption").value("Area Person"))
                .andExpect(jsonPath("$.crimeAreas[0]").value("organised-crime"))
                .andExpect(jsonPath("$.crimeAreas[1]").value("drug-trafficking"));
    }

    @Test
    void aNoticeAnOperationAndAMessageTakeTheirAreas() throws Exception {
        String person = created(post("/api/v1/records/persons"), officer,
                "{\"restriction\":\"all\",\"details\":{\"names\":[{\"value\":\"Notice Subject\"}]}}");
        String notice = created(post("/api/v1/notices"), officer, """
                {"type":"BLUE","summary":"Locate, suspected courier.","subjects":["%s"],
                 "crimeAreas":["trafficking-in-human-beings"]}""".formatted(person));
        mvc.perform(get("/api/v1/notices/" + notice).param("purpose", "test").header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.crimeAreas[0]").value("trafficking-in-human-beings"));

        String operation = created(post("/api/v1/operations"), officer, """
                {"name":"Operation Areas","objective":"Trace the boats","startsOn":"2026-12-01","participants":[],
                 "crimeAreas":["people-smuggling","maritime-piracy"]}""");
        mvc.perform(get("/api/v1/operations/" + operation).header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Operation Areas"))
                .andExpect(jsonPath("$.crimeAreas.length()").value(2));

        String message = created(post("/api/v1/messages"), officer, """
                {"recipients":["%s"],"subject":"Wallets","body":"See the attached list.","handlingCode":"H2",
                 "crimeAreas":"cybercrime"}""".formatted(partner));
        mvc.perform(get("/api/v1/messages/" + message).header("Authorization", "Bearer " + partnerOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.crimeAreas[0]").value("cybercrime"));
    }

    @Test
    void anUnknownAreaIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"restriction":"all","details":{"names":[{"value":"Nobody"}]},"crimeAreas":["bank-heists"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("bank-heists")));
        assertThat(jdbc.sql("select count(*) from record where caption = 'Nobody' and owner_agency = :a")
                .param("a", owner).query(Long.class).single()).isZero();
    }

    @Test
    void aHitInheritsItsNoticesAndItsRecordsAreas() throws Exception {
        String record = created(post("/api/v1/records/persons"), officer, """
                {"restriction":"all","details":{"names":[{"value":"Inherited Areas"}]},"crimeAreas":["firearms-trafficking"]}""");
        UUID notice = UUID.randomUUID();
        crimeAreas.tag(Carrier.NOTICE, notice, Set.of(CrimeArea.TERRORISM));
        UUID hit = hits.raise(TestCallers.user("c.border", partner, EnumSet.of(Role.BORDER_OFFICER)),
                new NewHit(new NewHit.Subject(UUID.fromString(record), "person", owner, "Inherited Areas", null),
                        new NewHit.Notice(notice, "RED"), "contact-owner", 0.97, "name",
                        new CheckContext("border control", "name=Inherited Areas", "TNG-PORT", "MA")));
        mvc.perform(get("/api/v1/hits/" + hit).header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordId").value(record))
                .andExpect(jsonPath("$.crimeAreas[0]").value("terrorism"))
                .andExpect(jsonPath("$.crimeAreas[1]").value("firearms-trafficking"));

        // the inbox lists it with the same areas, through the API and on the page
        mvc.perform(get("/api/v1/hits").param("box", "inbox").header("Authorization", "Bearer " + officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + hit + "')].crimeAreas[0]").value("terrorism"))
                .andExpect(jsonPath("$[?(@.id == '" + hit + "')].crimeAreas[1]").value("firearms-trafficking"));
        String page = mvc.perform(get("/hits").param("box", "inbox")
                        .with(ScreeningFixtures.as(TestCallers.user("o.bureau", owner, EnumSet.of(Role.BUREAU_OFFICER)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("/hits/" + hit));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("data-area=\"terrorism\"").contains("data-area=\"firearms-trafficking\"");
        String one = mvc.perform(get("/hits/" + hit)
                        .with(ScreeningFixtures.as(TestCallers.user("o.bureau", owner, EnumSet.of(Role.BUREAU_OFFICER)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(one).contains("data-area=\"terrorism\"").contains("data-area=\"firearms-trafficking\"");
    }

    private String created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String token, String json) throws Exception {
        String body = mvc.perform(request.header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"crimeAreas\"");
        return JsonPath.read(body, "$.id");
    }
}
