package org.tangier.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * The access rules on every record path: a record is created under each restriction kind, and every endpoint that
 * returns record data is tried by the owner, an allowed agency and a refused agency. The refused agency must not
 * learn the record exists.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordAccessMatrixTest {

    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String owner;
    String allowed;
    String refused;
    String ownerToken;
    String allowedToken;
    String refusedToken;

    @BeforeAll
    void agencies() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("OW");
        allowed = agencies.agency("AL");
        refused = agencies.agency("RF");
        ownerToken = agencies.token(owner, Role.BUREAU_OFFICER);
        allowedToken = agencies.token(allowed, Role.ANALYST);
        refusedToken = agencies.token(refused, Role.BUREAU_OFFICER, Role.ANALYST);
    }

    /** Restrictions written with placeholders: {A} = the allowed agency, {R} = the refused one. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "only:{A}", "except:{R}", "owner"})
    void everyRecordEndpointHonoursTheRestriction(String template) throws Exception {
        String restriction = template.replace("{A}", allowed).replace("{R}", refused);
        boolean allowedSees = !template.equals("owner");
        boolean refusedSees = template.equals("all");
        String marker = "Zyxmarker" + Math.abs(template.hashCode());
        String id = createPerson(marker, restriction);
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/records/" + id + "/photo")
                        .file(new MockMultipartFile("photo", "p.png", "image/png", PNG))
                        .header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isNoContent());

        for (PageViewer viewer : new PageViewer[] {new PageViewer(owner, true), new PageViewer(allowed, allowedSees),
                new PageViewer(refused, refusedSees)}) {
            int expected = viewer.sees ? 200 : 404;
            mvc.perform(get("/records/" + id).with(viewer.session())).andExpect(status().is(expected));
            mvc.perform(get("/records/" + id + "/photo").with(viewer.session())).andExpect(status().is(expected));
            mvc.perform(get("/records/" + id + "/edit").with(viewer.session())).andExpect(status().is(expected));
            String page = mvc.perform(get("/records").param("q", marker).with(viewer.session()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page.contains(id)).as("search page").isEqualTo(viewer.sees);
            String picked = mvc.perform(get("/records/options").param("q", marker).with(viewer.session()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(picked.contains(id)).as("record picker").isEqualTo(viewer.sees);
            String named = mvc.perform(get("/records/options").param("id", id).with(viewer.session()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(named.contains(marker)).as("record named on a page").isEqualTo(viewer.sees);
            // who screened or read the record: its owner's alone, whoever else may see the record
            mvc.perform(get("/records/" + id + "/accesses").with(viewer.session()))
                    .andExpect(status().is(viewer.agency.equals(owner) ? 200 : 404));
        }
        for (Viewer viewer : new Viewer[] {new Viewer(ownerToken, true), new Viewer(allowedToken, allowedSees),
                new Viewer(refusedToken, refusedSees)}) {
            int expected = viewer.sees ? 200 : 404;
            mvc.perform(get("/api/v1/records/" + id).header("Authorization", "Bearer " + viewer.token))
                    .andExpect(status().is(expected));
            mvc.perform(get("/api/v1/records/" + id + "/history").header("Authorization", "Bearer " + viewer.token))
                    .andExpect(status().is(expected));
            mvc.perform(get("/api/v1/records/" + id + "/photo").header("Authorization", "Bearer " + viewer.token))
                    .andExpect(status().is(expected));
            String list = mvc.perform(get("/api/v1/records").param("q", marker)
                            .header("Authorization", "Bearer " + viewer.token))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list.contains(id)).as("listing for a viewer who %s see it", viewer.sees ? "may" : "may not")
                    .isEqualTo(viewer.sees);
            String typed = mvc.perform(get("/api/v1/records").param("type", "person").param("limit", "500")
                            .header("Authorization", "Bearer " + viewer.token))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(typed.contains(id)).isEqualTo(viewer.sees);
            String exported = mvc.perform(get("/api/v1/records/export").param("format", "ftm").param("type", "person")
                            .header("Authorization", "Bearer " + viewer.token))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(exported.contains(marker)).as("FtM export").isEqualTo(viewer.sees);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"only:{A}", "owner"})
    void linksToRecordsAViewerMayNotSeeAreLeftOut(String template) throws Exception {
        String restriction = template.replace("{A}", allowed);
        String hidden = createPerson("Hidden Associate", restriction);
        String visible = createPerson("Visible Subject", "all");
        mvc.perform(post("/api/v1/records/" + visible + "/links").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + hidden + "\",\"relation\":\"associate\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/records/" + visible).header("Authorization", "Bearer " + ownerToken))
                .andExpect(jsonPath("$.links[0].other").value(hidden));
        mvc.perform(get("/api/v1/records/" + visible).header("Authorization", "Bearer " + refusedToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.links").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "only:{A}"})
    void onlyTheOwnerChangesARecord(String template) throws Exception {
        String id = createPerson("Owned Person", template.replace("{A}", allowed));
        mvc.perform(post("/api/v1/records/" + id + "/cancel").header("Authorization", "Bearer " + refusedToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"mine now\"}"))
                .andExpect(status().is(template.equals("all") ? 403 : 404));
        mvc.perform(get("/api/v1/records/" + id).header("Authorization", "Bearer " + ownerToken))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @org.junit.jupiter.api.Test
    void aRecordWithoutARestrictionIsTheOwnersAlone() throws Exception {
        String body = mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"details\":{\"names\":[{\"value\":\"Unstated Restriction\"}]}}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.restriction").value("owner"))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        mvc.perform(get("/api/v1/records/" + m.group(1)).header("Authorization", "Bearer " + allowedToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/records/" + m.group(1)).header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"only:{A},NOSUCHAGENCY", "except:NOSUCHAGENCY"})
    void anUnknownAgencyCodeInARestrictionIsRefused(String template) throws Exception {
        String restriction = template.replace("{A}", allowed);
        mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"restriction\":\"" + restriction + "\",\"details\":{\"names\":[{\"value\":\"Typo Restriction\"}]}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("restriction"))
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("NOSUCHAGENCY")));
        String id = createPerson("Typo Later", "owner");
        String version = mvc.perform(get("/api/v1/records/" + id).header("Authorization", "Bearer " + ownerToken))
                .andReturn().getResponse().getContentAsString().replaceAll("(?s).*\"version\"\\s*:\\s*(\\d+).*", "$1");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/records/" + id)
                        .header("Authorization", "Bearer " + ownerToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"restriction\":\"" + restriction
                                + "\",\"details\":{\"names\":[{\"value\":\"Typo Later\"}]}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("restriction"));
    }

    private String createPerson(String name, String restriction) throws Exception {
        String body = mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"restriction\":\"" + restriction + "\",\"details\":{\"names\":[{\"value\":\"" + name
                                + "\"}],\"birthDates\":[\"1974-08\"],\"nationalities\":[\"MA\"]}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private record Viewer(String token, boolean sees) {
    }

    /** A browser session of a bureau officer and analyst of the agency, past the second factor. */
    private record PageViewer(String agency, boolean sees) {
        org.springframework.test.web.servlet.request.RequestPostProcessor session() {
            org.tangier.platform.Caller caller = org.tangier.testing.TestCallers.user("viewer", agency,
                    java.util.EnumSet.of(Role.BUREAU_OFFICER, Role.ANALYST));
            return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                    new org.springframework.security.authentication.TestingAuthenticationToken(caller, null,
                            "factor:complete", "ROLE_BUREAU_OFFICER", "ROLE_ANALYST"));
        }
    }
}
