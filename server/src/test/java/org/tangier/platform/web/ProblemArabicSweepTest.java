package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * A sweep of the API's refusals under Accept-Language: ar: validation errors, role refusals, restriction and text
 * problems of records, screening, hits, messages and operations each answer with a specific machine code and a
 * detail in Arabic (the code stays the same in English).
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemArabicSweepTest {

    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}{2,}");
    private static final Set<String> GENERIC = Set.of("invalid-request", "conflict", "forbidden", "not-found",
            "invalid-value-detail", "unprocessable");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String bureau;
    String border;
    String analyst;

    @BeforeAll
    void callers() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String agency = agencies.agency("SW");
        bureau = agencies.token(agency, Role.BUREAU_OFFICER);
        border = agencies.token(agency, Role.BORDER_OFFICER);
        analyst = agencies.token(agency, Role.ANALYST);
    }

    record Probe(String what, String token, Function<String, MockHttpServletRequestBuilder> request) {
    }

    @Test
    void everyRefusalIsCodedAndSaidInArabic() throws Exception {
        String person = "{\"details\":{\"names\":[{\"value\":\"Amina Sweep\"}]},\"restriction\":\"%s\"}";
        List<Probe> probes = List.of(
                new Probe("record without a name", bureau, l -> json(post("/api/v1/records/person"), "{\"details\":{\"names\":[]}}")),
                new Probe("unknown restriction kind", bureau, l -> json(post("/api/v1/records/person"), person.formatted("sometimes"))),
                new Probe("restriction to a non-member", bureau, l -> json(post("/api/v1/records/person"), person.formatted("only:QQ"))),
                new Probe("restriction without agencies", bureau, l -> json(post("/api/v1/records/person"), person.formatted("only:"))),
                new Probe("control character in a name", bureau, l -> json(post("/api/v1/records/person"),
                        "{\"details\":{\"names\":[{\"value\":\"Amina\\u0007Sweep\"}]}}")),
                new Probe("record by an analyst", analyst, l -> json(post("/api/v1/records/person"), person.formatted("all"))),
                new Probe("unknown record type in a search", bureau, l -> get("/api/v1/records").param("type", "spaceship")),
                new Probe("unknown record", bureau, l -> get("/api/v1/records/" + UUID.randomUUID())),
                new Probe("hit read by an analyst", analyst, l -> get("/api/v1/hits/" + UUID.randomUUID())),
                new Probe("empty check", border, l -> json(post("/api/v1/screening/checks"), "{\"purpose\":\"border control\"}")),
                new Probe("check by an analyst", analyst, l -> json(post("/api/v1/screening/checks"), "{}")),
                new Probe("message without recipients", bureau, l -> json(post("/api/v1/messages"), "{\"subject\":\"x\"}")),
                new Probe("operation without a name", bureau, l -> json(post("/api/v1/operations"), "{}")));
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            MockHttpServletResponse arabic = mvc.perform(probe.request().apply("ar")
                    .header("Authorization", "Bearer " + probe.token()).header("Accept-Language", "ar")).andReturn().getResponse();
            MockHttpServletResponse english = mvc.perform(probe.request().apply("en")
                    .header("Authorization", "Bearer " + probe.token()).header("Accept-Language", "en")).andReturn().getResponse();
            String body = arabic.getContentAsString();
            if (arabic.getStatus() < 400 || arabic.getStatus() >= 500) {
                failures.add(probe.what() + ": status " + arabic.getStatus() + " " + body);
                continue;
            }
            String code = JsonPath.read(body, "$.code");
            String detail = JsonPath.read(body, "$.detail");
            if (GENERIC.contains(code)) {
                failures.add(probe.what() + ": generic code " + code + " (" + detail + ")");
            }
            if (!ARABIC.matcher(detail).find()) {
                failures.add(probe.what() + ": detail not in Arabic: " + detail);
            }
            String englishBody = english.getContentAsString();
            if (!code.equals(JsonPath.read(englishBody, "$.code"))) {
                failures.add(probe.what() + ": the code differs by language");
            }
        }
        assertThat(failures).isEmpty();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
