package org.tangier.operations;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/** The operations API: an agency outside an operation gets 404 on every path; an invited one after accepting sees it. */
@TangierTest
class OperationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgencyOutsideAnOperationCannotReadOrTouchIt() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String lead = agencies.agency("QL");
        String partner = agencies.agency("QP");
        String outsider = agencies.agency("QX");
        String leadToken = agencies.token(lead, Role.BUREAU_OFFICER);
        String partnerToken = agencies.token(partner, Role.DUTY_OFFICER);
        String outsiderToken = agencies.token(outsider, Role.BUREAU_OFFICER);

        String body = mvc.perform(post("/api/v1/operations").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Operation Mistral","objective":"Trace the vehicles","startsOn":"2026-12-01",
                                 "participants":["%s"]}""".formatted(partner)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/operations/" + id).header("Authorization", "Bearer " + outsiderToken))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/operations/" + id + "/notes").header("Authorization", "Bearer " + outsiderToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hello\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/operations/" + id + "/accept").header("Authorization", "Bearer " + outsiderToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/operations/" + id).header("Authorization", "Bearer " + partnerToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/operations/" + id).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                new org.springframework.security.authentication.TestingAuthenticationToken(
                        org.tangier.testing.TestCallers.user("viewer", outsider, java.util.EnumSet.of(Role.BUREAU_OFFICER)), null,
                        "factor:complete", "ROLE_BUREAU_OFFICER"))))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/operations/" + id + "/accept").header("Authorization", "Bearer " + partnerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Operation Mistral"));
        mvc.perform(post("/api/v1/operations/" + id + "/notes").header("Authorization", "Bearer " + partnerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Team ready at the port\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.timeline[-1].text").value("Team ready at the port"));
        mvc.perform(post("/api/v1/operations").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"objective\":\"y\",\"startsOn\":\"soon\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("startsOn")));
    }
}
