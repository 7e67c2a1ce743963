package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/** The notices API with real logins: who sees what, who may do what, and the UN list import. */
@TangierTest
class NoticeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String owner;
    String allowed;
    String refused;
    String ownerOfficer;
    String allowedOfficer;
    String refusedOfficer;
    String opsReviewer;

    @BeforeEach
    void setUp() throws Exception {
        owner = NoticeFixtures.agency(jdbc, "W");
        allowed = NoticeFixtures.agency(jdbc, "A");
        refused = NoticeFixtures.agency(jdbc, "R");
        NoticeFixtures.ensureAgency(jdbc, "OPS");
        ownerOfficer = token(NoticeFixtures.user(jdbc, owner, Role.BUREAU_OFFICER));
        allowedOfficer = token(NoticeFixtures.user(jdbc, allowed, Role.BUREAU_OFFICER));
        refusedOfficer = token(NoticeFixtures.user(jdbc, refused, Role.BUREAU_OFFICER));
        opsReviewer = token(NoticeFixtures.user(jdbc, "OPS", Role.REVIEWER));
    }

    @Test
    void aNoticeWithoutARestrictionIsTheOwnersAloneAndUnknownAgenciesAreRefused() throws Exception {
        String subject = createPerson(ownerOfficer, "all");
        String draft = """
                {"type":"BLUE",%s"summary":"Locate the subject, a witness.","fields":{"informationSought":"Address"},
                 "subjects":["%s"]}""";
        mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content(draft.formatted("", subject)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.restriction").value("owner"));
        mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.formatted("\"restriction\":\"except:NOSUCHAGENCY\",", subject)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("restriction"));
        mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.formatted("\"diffusion\":true,\"recipients\":[\"" + allowed + "\",\"NOSUCHAGENCY\"],", subject)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recipients"));
    }

    @Test
    void ownerAndAllowedAgencySeeAPublishedNoticeAndARefusedAgencyDoesNot() throws Exception {
        String subject = createPerson(ownerOfficer, "only:" + allowed + ",OPS");
        String id = field(mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"RED","restriction":"only:%s,OPS","summary":"Wanted for armed robbery in Tangier.",
                                 "fields":{"charges":"Armed robbery","legalBasis":"arrest-warrant","legalBasisReference":"AW-77/2026",
                                   "legalBasisDate":"2026-01-05","legalBasisAuthority":"Court of Appeal, Tangier"},
                                 "subjects":["%s"]}""".formatted(allowed, subject)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.instruction").value("arrest"))
                .andReturn().getResponse().getContentAsString(), "id");

        // a draft is the owner's alone
        mvc.perform(get("/api/v1/notices/" + id).header("Authorization", "Bearer " + allowedOfficer))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notices/" + id + "/submit").header("Authorization", "Bearer " + ownerOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(get("/api/v1/notices/review-queue").header("Authorization", "Bearer " + opsReviewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(post("/api/v1/notices/" + id + "/publish").header("Authorization", "Bearer " + opsReviewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(get("/api/v1/notices/" + id).header("Authorization", "Bearer " + ownerOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subjects[0].caption").value("Nadia Berrada"));
        mvc.perform(get("/api/v1/notices/" + id).header("Authorization", "Bearer " + allowedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fields.charges").value("Armed robbery"));
        mvc.perform(get("/api/v1/notices/" + id).header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/notices").param("owner", owner).header("Authorization", "Bearer " + allowedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/v1/notices").param("owner", owner).header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/notices").param("q", "armed robbery").param("type", "red")
                        .header("Authorization", "Bearer " + allowedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());

        // only the owner changes it
        mvc.perform(post("/api/v1/notices/" + id + "/cancel").header("Authorization", "Bearer " + allowedOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"not mine\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notices/" + id + "/cancel").header("Authorization", "Bearer " + refusedOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"not mine\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notices/" + id + "/cancel").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Arrested\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void aDiffusionFlagSendsItToItsRecipientsOnly() throws Exception {
        String subject = createPerson(ownerOfficer, "all");
        String id = field(mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"YELLOW","diffusion":true,"recipients":["%s"],"summary":"Missing teenager, may travel to Spain.",
                                 "fields":{"disappearanceDate":"2026-10-01","disappearancePlace":"Tetouan"},"subjects":["%s"]}"""
                                .formatted(allowed, subject)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.restriction").value("only:" + allowed))
                .andReturn().getResponse().getContentAsString(), "id");
        mvc.perform(post("/api/v1/notices/" + id + "/submit").header("Authorization", "Bearer " + ownerOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.reviewPending").value(true));
        mvc.perform(get("/api/v1/notices/" + id).header("Authorization", "Bearer " + allowedOfficer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/notices/" + id).header("Authorization", "Bearer " + refusedOfficer)).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesTheNoticesAndTheDiffusionFlag() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/notices/{id}/publish']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/notices/import/un']").exists())
                .andExpect(jsonPath("$.tags[?(@.name == 'Notices')].description").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("\"diffusion\": true"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/notices", "/api/v1/notices/review-queue", "/api/v1/notices/review-due"})
    void unauthenticatedCallsGet401(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
    }

    @Test
    void rolesAreEnforcedAndBadInputNamesTheField() throws Exception {
        String border = token(NoticeFixtures.user(jdbc, owner, Role.BORDER_OFFICER));
        mvc.perform(get("/api/v1/notices").header("Authorization", "Bearer " + border)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notices/review-queue").header("Authorization", "Bearer " + ownerOfficer))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + opsReviewer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"RED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"MAUVE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"YELLOW\",\"fields\":{\"disappearanceDate\":\"yesterday\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fields.disappearanceDate"));
        mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"RED\",\"subjects\":[\"not-a-uuid\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/notices").param("status", "lost").header("Authorization", "Bearer " + ownerOfficer))
                .andExpect(status().isBadRequest());
    }

    @Test
    void unListImportCreatesPersonsAndPublishedUnNoticesAndUpdatesThemOnReimport() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/notices/un-excerpt.xml")) {
            xml = in.readAllBytes();
        }
        mvc.perform(post("/api/v1/notices/import/un").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(4))
                .andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.rejected.length()").value(0));
        mvc.perform(post("/api/v1/notices/import/un").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(0)).andExpect(jsonPath("$.updated").value(4));

        String list = mvc.perform(get("/api/v1/notices").param("type", "UN").param("q", "LYi.023").param("owner", owner)
                        .header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("PUBLISHED"))
                .andExpect(jsonPath("$[0].fields.sanctionsReference").value("LYi.023"))
                .andReturn().getResponse().getContentAsString();
        String noticeId = field(list, "id");
        String notice = mvc.perform(get("/api/v1/notices/" + noticeId).header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subjects[0].caption").value("Ahmad Oumar Imhamad al-Fitouri"))
                .andReturn().getResponse().getContentAsString();
        String personId = notice.replaceAll("(?s).*\"subjects\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/records/" + personId).header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.externalId").value("LYi.023"))
                .andExpect(jsonPath("$.details.names[?(@.kind == 'original-script')].value").value("احمد عمر امحمد الفيتوري"))
                .andExpect(jsonPath("$.details.names[?(@.kind == 'original-script')].script").value("Arab"))
                .andExpect(jsonPath("$.details.names[?(@.value == 'Al Dabbashi')].kind").value("alias"))
                .andExpect(jsonPath("$.details.birthDates[0]").value("1988-05-07"))
                .andExpect(jsonPath("$.details.nationalities[0]").value("LY"))
                .andExpect(jsonPath("$.details.identifiers[?(@.kind == 'passport')].number").value("LY53FP76"));
    }

    @Test
    void unListImportKeepsItsRecordsToTheAgenciesItsRestrictionNamesAndRefusesAWrongOne() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/notices/un-excerpt.xml")) {
            xml = in.readAllBytes();
        }
        for (String wrong : List.of("only:NOSUCHAGENCY", "sometimes")) {
            mvc.perform(post("/api/v1/notices/import/un").param("restriction", wrong)
                            .header("Authorization", "Bearer " + ownerOfficer).contentType(MediaType.APPLICATION_XML).content(xml))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("restriction"));
        }
        // a refused call stored nothing
        mvc.perform(get("/api/v1/notices").param("type", "UN").param("owner", owner).header("Authorization", "Bearer " + ownerOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        mvc.perform(post("/api/v1/notices/import/un").param("restriction", "only:" + allowed)
                        .header("Authorization", "Bearer " + ownerOfficer).contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(4));
        String list = mvc.perform(get("/api/v1/notices").param("type", "UN").param("q", "LYi.023").param("owner", owner)
                        .header("Authorization", "Bearer " + allowedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].restriction").value("only:" + allowed))
                .andReturn().getResponse().getContentAsString();
        String notice = mvc.perform(get("/api/v1/notices/" + field(list, "id")).header("Authorization", "Bearer " + allowedOfficer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String personId = notice.replaceAll("(?s).*\"subjects\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/records/" + personId).header("Authorization", "Bearer " + allowedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.externalId").value("LYi.023"));
        // an agency the restriction leaves out sees neither the notices nor the persons
        mvc.perform(get("/api/v1/notices").param("type", "UN").param("owner", owner).header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/records/" + personId).header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isNotFound());
        // a re-import without a restriction makes them visible to all members again, as before this parameter
        mvc.perform(post("/api/v1/notices/import/un").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(4));
        mvc.perform(get("/api/v1/records/" + personId).header("Authorization", "Bearer " + refusedOfficer))
                .andExpect(status().isOk());
    }

    @Test
    void malformedUnXmlIsReportedNotA500() throws Exception {
        mvc.perform(post("/api/v1/notices/import/un").header("Authorization", "Bearer " + ownerOfficer)
                        .contentType(MediaType.APPLICATION_XML).content("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rejected[0].error").value(org.hamcrest.Matchers.containsString("not well-formed")));
    }

    private String createPerson(String token, String restriction) throws Exception {
        return field(mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"restriction":"%s","details":{"names":[{"value":"Nadia Berrada"}],"birthDates":["1991-03-14"],
                                 "nationalities":["MA"]}}""".formatted(restriction)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "id");
    }

    private String token(String username) throws Exception {
        return field(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + NoticeFixtures.PASSWORD
                                + "\",\"code\":\"" + TestAgencies.code(jdbc, username) + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "token");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("field %s in %s", name, json).isTrue();
        return m.group(1);
    }
}
