package org.tangier.records.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.records.exchange.ExchangeFixtures.agency;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestCallers;

@TangierTest
class ExchangeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ftmImportAnswersCountsAndRejectedLinesAndExportStreamsNdjson() throws Exception {
        String owner = agency(jdbc, "AO");
        String body = """
                {"id":"api-1","schema":"Person","properties":{"name":["Rachid Bennani"],"nationality":["ma"]}}
                {"id":"api-2","schema":"Ownership","properties":{}}
                """;
        mvc.perform(post("/api/v1/records/import").param("format", "ftm").param("restriction", "owner")
                        .contentType("application/x-ndjson").content(body).with(as(owner, Role.BUREAU_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1)).andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.rejected[0].line").value(2)).andExpect(jsonPath("$.rejected[0].id").value("api-2"));

        String exported = mvc.perform(get("/api/v1/records/export").param("format", "ftm").param("type", "person")
                        .param("purpose", "test").with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
                .andReturn().getResponse().getContentAsString();
        assertThat(exported.lines().filter(l -> l.contains("\"id\":\"api-1\"")).toList()).singleElement().asString()
                .contains("Rachid Bennani", "\"schema\":\"Person\"");
        assertThat(exported.lines()).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
        String other = agency(jdbc, "AX");
        String hidden = mvc.perform(get("/api/v1/records/export").param("type", "person").with(as(other, Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hidden).doesNotContain("api-1");
    }

    @Test
    void csvImportNeedsAKnownTypeAndTheWriterRole() throws Exception {
        String owner = agency(jdbc, "AC");
        mvc.perform(post("/api/v1/records/import").param("format", "csv").param("type", "vehicle")
                        .contentType("text/csv").content("vin,plate,registration_country\nVF1RFB00X56789012,,\n")
                        .with(as(owner, Role.BUREAU_OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        mvc.perform(post("/api/v1/records/import").param("format", "csv").param("type", "boat")
                        .contentType("text/csv").content("x\n").with(as(owner, Role.BUREAU_OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/records/import").param("format", "xml")
                        .contentType("text/csv").content("x\n").with(as(owner, Role.BUREAU_OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(post("/api/v1/records/import").param("format", "csv").param("type", "vehicle")
                        .contentType("text/csv").content("vin\nVF1RFB00X56789012\n").with(as(owner, Role.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/records/export").param("type", "firearm").with(as(owner, Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anImportWithoutARestrictionIsTheOwnersAloneAndAnUnknownAgencyIsRefused() throws Exception {
        String owner = agency(jdbc, "AD");
        String other = agency(jdbc, "AE");
        mvc.perform(post("/api/v1/records/import").param("format", "csv").param("type", "vehicle")
                        .contentType("text/csv").content("external_id,vin\ndeny-default-1,VF1RFB00X56789013\n")
                        .with(as(owner, Role.BUREAU_OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        String id = jdbc.sql("select cast(id as varchar) from record where owner_agency = :o and external_id = 'deny-default-1'")
                .param("o", owner).query(String.class).single();
        mvc.perform(get("/api/v1/records/" + id).with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.restriction").value("owner"));
        mvc.perform(get("/api/v1/records/" + id).with(as(other, Role.ANALYST))).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/records/import").param("format", "ftm").param("restriction", "only:" + other + ",NOSUCHAGENCY")
                        .contentType("application/x-ndjson")
                        .content("{\"id\":\"deny-2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Omar Tazi\"]}}\n")
                        .with(as(owner, Role.BUREAU_OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("restriction"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NOSUCHAGENCY")));
        assertThat(jdbc.sql("select count(*) from record where external_id = 'deny-2'").query(Long.class).single()).isZero();
    }

    @Test
    void ftmTopicsGiveTheImportedRecordTheirCrimeAreasAndAnUnknownTopicIsIgnored() throws Exception {
        String owner = agency(jdbc, "AT");
        String other = agency(jdbc, "AU");
        String body = """
                {"id":"topics-1","schema":"Person","properties":{"name":["Nabil Amrani"],"email":["n.a@example.org"],\
                "topics":["sanction","crime.fraud","crime.terror","no.such.topic","crime.fin","role.pep"]}}
                {"id":"topics-2","schema":"Person","properties":{"name":["Samir Idrissi"],"topics":["crime","poi","wanted"]}}
                {"id":"topics-3","schema":"Vehicle","properties":{"registrationNumber":["77-B-12"],"country":["ma"],\
                "topics":["crime.traffick.drug"]}}
                """;
        mvc.perform(post("/api/v1/records/import").param("format", "ftm").param("restriction", "owner")
                        .contentType("application/x-ndjson").content(body).with(as(owner, Role.BUREAU_OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(4))
                .andExpect(jsonPath("$.rejected").isEmpty());

        String person = recordId(owner, "topics-1");
        mvc.perform(get("/api/v1/records/" + person).with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.crimeAreas.length()").value(2))
                .andExpect(jsonPath("$.crimeAreas[0]").value("terrorism"))
                .andExpect(jsonPath("$.crimeAreas[1]").value("financial-crime"))
                .andExpect(jsonPath("$.details.remarks").value(
                        "topics: sanction, crime.fraud, crime.terror, no.such.topic, crime.fin, role.pep"));
        mvc.perform(get("/api/v1/records/" + recordId(owner, "topics-2")).with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.crimeAreas").isEmpty());
        mvc.perform(get("/api/v1/records/" + recordId(owner, "topics-3")).with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.crimeAreas[0]").value("drug-trafficking"));
        // the person's e-mail, an indicator record of its own, bears none
        mvc.perform(get("/api/v1/records/" + recordId(owner, "topics-1/email/n.a@example.org")).with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.crimeAreas").isEmpty());
        mvc.perform(get("/api/v1/records").param("crimeArea", "terrorism").param("owner", owner).with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.externalId == 'topics-1')]").exists());

        // the access rules are those of any record: another agency sees neither the record nor its areas
        mvc.perform(get("/api/v1/records/" + person).with(as(other, Role.ANALYST))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/records").param("crimeArea", "terrorism").param("owner", owner).with(as(other, Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.externalId == 'topics-1')]").doesNotExist());
        // the export writes the areas back as topics, to the owner and to no one the record is hidden from
        String exported = mvc.perform(get("/api/v1/records/export").param("format", "ftm").param("type", "person")
                        .param("purpose", "test").with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(exported.lines().filter(l -> l.contains("\"id\":\"topics-1\"")).toList()).singleElement().asString()
                .contains("\"topics\":[\"crime.terror\",\"crime.fin\"]");
        assertThat(exported.lines().filter(l -> l.contains("\"id\":\"topics-2\"")).toList()).singleElement().asString()
                .doesNotContain("\"topics\"");
        String vehicles = mvc.perform(get("/api/v1/records/export").param("format", "ftm").param("type", "vehicle")
                        .param("purpose", "test").with(as(owner, Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vehicles.lines().filter(l -> l.contains("\"id\":\"topics-3\"")).toList()).singleElement().asString()
                .contains("\"topics\":[\"crime.traffick.drug\"]");
        String hidden = mvc.perform(get("/api/v1/records/export").param("format", "ftm").param("type", "person")
                        .param("purpose", "test").with(as(other, Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hidden).doesNotContain("topics-1", "Nabil Amrani");

        // and an analyst may not import, so tags nothing
        mvc.perform(post("/api/v1/records/import").param("format", "ftm").contentType("application/x-ndjson")
                        .content("{\"id\":\"topics-4\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ali Berrada\"],"
                                + "\"topics\":[\"crime.war\"]}}\n")
                        .with(as(owner, Role.ANALYST)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from crime_area_tag where area = 'war-crimes' and carrier_id in "
                + "(select id from record where owner_agency = :o)").param("o", owner).query(Long.class).single()).isZero();
    }

    private String recordId(String owner, String externalId) {
        return jdbc.sql("select cast(id as varchar) from record where owner_agency = :o and external_id = :e")
                .param("o", owner).param("e", externalId).query(String.class).single();
    }

    private static RequestPostProcessor as(String agency, Role role) {
        Caller caller = TestCallers.user(TestCallers.unique("api"), agency, EnumSet.of(role));
        return authentication(new UsernamePasswordAuthenticationToken(caller, null,
                // what a bearer token with a completed login carries: the second-factor mark and the role
                List.of(new SimpleGrantedAuthority("factor:complete"), new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
