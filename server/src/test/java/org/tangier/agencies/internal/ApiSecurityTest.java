package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
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
    JdbcClient jdbc;

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

    @ParameterizedTest
    @ValueSource(strings = {"border-officer", "analyst", "auditor", "agency-admin", "platform-admin"})
    void aUserWithoutSecondFactorGetsNoTokenWithThePasswordAlone(String role) throws Exception {
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), agency, TestCallers.unique("u"),
                PASSWORD, List.of(role));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.token").doesNotExist());
    }

    @Test
    void tokenEndpointWantsTheCodeAndAcceptsEachCodeOnce() throws Exception {
        UserAccount user = user(agency, "bureau-officer");
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.errors[0].field").value("code"));
        String code = TestAgencies.code(jdbc, user.username());
        String login = "{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\",\"code\":\"" + code + "\"}";
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(login))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token").isNotEmpty())
                .andExpect(jsonPath("$.expiresAt").isNotEmpty());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(login))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.token").doesNotExist());
    }

    @Test
    void aScriptEnrolsTheSecondFactorThroughTheApiAndGetsATokenOnConfirmation() throws Exception {
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), agency, TestCallers.unique("u"),
                PASSWORD, List.of("platform-admin"));
        String credentials = "\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"";
        String started = mvc.perform(post("/api/v1/auth/second-factor").contentType(MediaType.APPLICATION_JSON)
                        .content("{" + credentials + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.otpauthUri").value(org.hamcrest.Matchers.startsWith("otpauth://totp/")))
                .andReturn().getResponse().getContentAsString();
        String secret = field(started, "secret");
        mvc.perform(post("/api/v1/auth/second-factor/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{" + credentials + ",\"code\":\"000000\"}"))
                .andExpect(status().isUnauthorized());
        String token = field(mvc.perform(post("/api/v1/auth/second-factor/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{" + credentials + ",\"code\":\"" + TestAgencies.code(jdbc, user.username(), secret) + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "token");
        mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(users.findById(user.id()).orElseThrow().totpEnrolled()).isTrue();

        // once enrolled, the password alone no longer hands out a new key: replacing needs the current code too
        mvc.perform(post("/api/v1/auth/second-factor").contentType(MediaType.APPLICATION_JSON).content("{" + credentials + "}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.secret").doesNotExist());
        mvc.perform(post("/api/v1/auth/second-factor").contentType(MediaType.APPLICATION_JSON)
                        .content("{" + credentials + ",\"code\":\"" + TestAgencies.code(jdbc, user.username(), secret) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.secret").isNotEmpty());
    }

    @Test
    void replacingTheAuthenticatorFromABrowserSessionNeedsPasswordAndCurrentCode() throws Exception {
        UserAccount user = user(agency, "analyst");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", user.username()).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login/code"));
        mvc.perform(post("/login/code").session(session).with(csrf()).param("code", TestAgencies.code(jdbc, user.username())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));

        String page = mvc.perform(get("/account/second-factor").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("data-testid=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(key.find()).as("enrolment key on the page").isTrue();
        String newCode = TestAgencies.code(jdbc, user.username(), key.group(1));
        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", newCode))
                .andExpect(status().isOk());
        assertThat(users.findById(user.id()).orElseThrow().totpSecret()).isEqualTo(TestAgencies.TOTP_SECRET);

        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", newCode)
                        .param("password", PASSWORD).param("currentCode", TestAgencies.code(jdbc, user.username())))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findById(user.id()).orElseThrow().totpSecret()).isEqualTo(key.group(1));
    }

    @Test
    void lockedUnknownAndWrongPasswordGetTheSameAnswer() throws Exception {
        UserAccount user = user(agency, "analyst");
        String wrong = "{\"username\":\"" + user.username() + "\",\"password\":\"not the password\"}";
        String first = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(wrong))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(wrong));
        }
        String locked = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody-" + agency.toLowerCase() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(locked).isEqualTo(unknown).isEqualTo(first).contains("\"code\":\"login.refused\"");
        // in another language too: one code, one translated text for both
        String lockedInArabic = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "ar")
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String unknownInArabic = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "ar")
                        .content("{\"username\":\"nobody-" + agency.toLowerCase() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(lockedInArabic).isEqualTo(unknownInArabic).contains("\"code\":\"login.refused\"").contains("الحساب مقفل");
    }

    @Test
    void loginsForOneAccountOverItsLimitGet429WithRetryAfter() throws Exception {
        UserAccount user = user(agency, "analyst");
        String wrong = "{\"username\":\"" + user.username() + "\",\"password\":\"not the password\"}";
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(wrong))
                    .andExpect(status().isUnauthorized());
        }
        // the bucket refills one attempt every 6 s: on a slow machine the ten may have taken that long, so the
        // refusal is awaited over a few more attempts (each one spends a refilled token) instead of the very next
        int attempts = 0;
        MockHttpServletResponse refused;
        do {
            refused = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(wrong))
                    .andReturn().getResponse();
            attempts++;
        } while (refused.getStatus() == 401 && attempts < 10);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
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
    void openApiDocumentAndHealthAreServedButMetricsNeedAPlatformAdmin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/agencies']").exists());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tokenFor(user(agency, "analyst"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tokenFor(user(agency, "platform-admin"))))
                .andExpect(status().isOk());
    }

    /** A user enrolled with the test authenticator, as every user who logs in must be. */
    private UserAccount user(String agencyCode, String role) {
        UserAccount user = administration.createUser(TestCallers.platformAdmin(), agencyCode, TestCallers.unique("u"),
                PASSWORD, List.of(role));
        users.enrolTotp(user.id(), TestAgencies.TOTP_SECRET, 0);
        return users.findById(user.id()).orElseThrow();
    }

    private String tokenFor(UserAccount user) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\",\"code\":\""
                                + TestAgencies.code(jdbc, user.username()) + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return field(body, "token");
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("field %s in %s", name, json).isTrue();
        return m.group(1);
    }
}
