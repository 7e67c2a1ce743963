package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestCallers;

@TangierTest
class ApiSecurityTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    AgencyAdministration administration;
    @Autowired
    UserStore users;
    @Autowired
    TotpCodes totp;

    String agency;
    String otherAgency;

    @BeforeEach
    void agencies() {
        agency = TestCallers.unique("A").toUpperCase();
        otherAgency = TestCallers.unique("B").toUpperCase();
        administration.createAgency(TestCallers.platformAdmin(), agency, "Agency " + agency, "regional-body");
        administration.createAgency(TestCallers.platformAdmin(), otherAgency, "Agency " + otherAgency, "regional-body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/agencies", "/api/v1/agencies/MA/users", "/api/v1/audit/entries", "/api/v1/nowhere"})
    void unauthenticatedApiCallsGet401WithProblemJson(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void unknownBearerTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer tgc_not-a-real-secret"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown")));
    }

    @Test
    void anAgencysAdminCallingAnotherAgencysAdminEndpointsGets403() throws Exception {
        String token = tokenFor(user(otherAgency, "agency-admin"));
        mvc.perform(get("/api/v1/agencies/" + agency + "/users").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/agencies/" + agency + "/users").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"intruder\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"border-officer\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agencies/" + agency + "/clients").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"roles\":[\"border-officer\"]}"))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsername("intruder")).isEmpty();
    }

    @Test
    void onlyPlatformAdminsCreateAgencies() throws Exception {
        String token = tokenFor(user(agency, "agency-admin"));
        mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ZZ\",\"name\":\"Nowhere\",\"kind\":\"national-bureau\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void agencyAdminCreatesAUserAndAClientWhoseTokenWorksOnceAndIsRevocable() throws Exception {
        String admin = tokenFor(user(agency, "agency-admin"));
        String newUser = TestCallers.unique("officer");
        mvc.perform(post("/api/v1/agencies/" + agency + "/users").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + newUser + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"border-officer\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.roles[0]").value("border-officer"));
        MvcResult created = mvc.perform(post("/api/v1/agencies/" + agency + "/clients")
                        .header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Tanger-Med terminal\",\"roles\":[\"border-officer\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.token").isNotEmpty()).andReturn();
        String body = created.getResponse().getContentAsString();
        String secret = field(body, "token");
        String id = field(body, "id");
        mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies/" + agency + "/clients").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].token").doesNotExist());
        mvc.perform(post("/api/v1/agencies/" + agency + "/clients/" + id + "/revoke").header("Authorization", "Bearer " + admin))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenEndpointAsksForTheCodeOnlyOnceTheUserHasEnrolled() throws Exception {
        UserAccount user = user(agency, "bureau-officer");
        String secret = totp.newSecret();
        users.enrolTotp(user.id(), secret);
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.errors[0].field").value("otp"));
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, System.currentTimeMillis() / 30_000);
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\",\"otp\":\"" + code + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token").isNotEmpty())
                .andExpect(jsonPath("$.expiresAt").isNotEmpty());
    }

    @Test
    void revokedTokenNoLongerAuthenticates() throws Exception {
        String token = tokenFor(user(agency, "analyst"));
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordIsA401ProblemAndIsAudited() throws Exception {
        UserAccount target = user(agency, "analyst");
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + target.username() + "\",\"password\":\"not the password\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String auditor = tokenFor(user(agency, "auditor"));
        mvc.perform(get("/api/v1/audit/entries").param("user", target.username()).param("action", "auth.login")
                        .header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].outcome").value("FAILURE"))
                .andExpect(jsonPath("$[0].detail").value(org.hamcrest.Matchers.containsString("wrong password")));
    }

    @Test
    void badInputGetsA4xxProblemThatNamesTheFieldAndNeverAStackTrace() throws Exception {
        String token = tokenFor(user(agency, "platform-admin"));
        MvcResult malformed = mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"XY\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).andReturn();
        assertThat(malformed.getResponse().getContentAsString()).doesNotContain("Exception", "at org.");
        mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"XY\",\"name\":\"\",\"kind\":\"national-bureau\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"XY\",\"name\":\"N\",\"kind\":\"club\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + "x".repeat(1_100_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(get("/api/v1/no/such/route").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/agencies/" + agency + "/clients/not-a-uuid/revoke").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(delete("/api/v1/agencies").header("Authorization", "Bearer " + token))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void openApiDocumentAndHealthAreServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/agencies']").exists());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    private UserAccount user(String agencyCode, String role) {
        return administration.createUser(TestCallers.platformAdmin(), agencyCode, TestCallers.unique("u"), PASSWORD,
                List.of(role));
    }

    private String tokenFor(UserAccount user) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return field(body, "token");
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("field %s in %s", name, json).isTrue();
        return m.group(1);
    }
}
