package org.tangier.crimeareas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * {@code crimeArea=} on the list endpoints of records, notices, operations and messages: each row shows its areas,
 * the filter keeps those bearing the area, and it never brings back a row the caller's access rules hide.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrimeAreaFilterApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String owner;
    String partner;
    String stranger;
    String officer;
    String partnerOfficer;
    String strangerOfficer;
    String tag;

    @BeforeAll
    void threeAgencies() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("FO");
        partner = agencies.agency("FP");
        stranger = agencies.agency("FS");
        officer = agencies.token(owner, Role.BUREAU_OFFICER);
        partnerOfficer = agencies.token(partner, Role.BUREAU_OFFICER);
        strangerOfficer = agencies.token(stranger, Role.BUREAU_OFFICER);
        tag = "Filt" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void recordsAreFilteredByAreaWithinWhatTheCallerMaySee() throws Exception {
        String shared = created(post("/api/v1/records/persons"), officer, """
                {"restriction":"all","details":{"names":[{"value":"Shared %s"}]},"crimeAreas":["drug-trafficking"]}"""
                .formatted(tag));
        String hidden = created(post("/api/v1/records/persons"), officer, """
                {"restriction":"owner","details":{"names":[{"value":"Hidden %s"}]},"crimeAreas":["drug-trafficking"]}"""
                .formatted(tag));
        String other = created(post("/api/v1/records/persons"), officer, """
                {"restriction":"all","details":{"names":[{"value":"Other %s"}]},"crimeAreas":["cybercrime"]}"""
                .formatted(tag));

        String mine = list("/api/v1/records?purpose=test&q=" + tag + "&crimeArea=drug-trafficking", officer);
        assertThat(ids(mine)).containsExactlyInAnyOrder(shared, hidden);
        assertThat((List<String>) JsonPath.read(mine, "$[?(@.id=='" + shared + "')].crimeAreas[0]"))
                .containsExactly("drug-trafficking");

        String theirs = list("/api/v1/records?purpose=test&q=" + tag + "&crimeArea=drug-trafficking", partnerOfficer);
        assertThat(ids(theirs)).as("the owner-only record stays hidden under the filter").containsExactly(shared);
        assertThat(theirs).doesNotContain(hidden).doesNotContain("Hidden");

        String unfiltered = list("/api/v1/records?purpose=test&q=" + tag, partnerOfficer);
        assertThat(ids(unfiltered)).containsExactlyInAnyOrder(shared, other);
        assertThat((List<String>) JsonPath.read(unfiltered, "$[?(@.id=='" + other + "')].crimeAreas[0]"))
                .as("each row shows its areas").containsExactly("cybercrime");
    }

    @Test
    void noticesAreFilteredByAreaAndAnotherAgencysDraftNeverShows() throws Exception {
        String person = created(post("/api/v1/records/persons"), officer,
                "{\"restriction\":\"all\",\"details\":{\"names\":[{\"value\":\"Subject " + tag + "\"}]}}");
        String notice = created(post("/api/v1/notices"), officer, """
                {"type":"BLUE","summary":"Locate %s","subjects":["%s"],"crimeAreas":["war-crimes"]}"""
                .formatted(tag, person));
        created(post("/api/v1/notices"), officer, """
                {"type":"BLUE","summary":"Locate %s too","subjects":["%s"],"crimeAreas":["corruption"]}"""
                .formatted(tag, person));

        String mine = list("/api/v1/notices?purpose=test&q=" + tag + "&crimeArea=war-crimes", officer);
        assertThat(ids(mine)).containsExactly(notice);
        assertThat((List<String>) JsonPath.read(mine, "$[0].crimeAreas")).containsExactly("war-crimes");
        assertThat(ids(list("/api/v1/notices?purpose=test&q=" + tag + "&crimeArea=war-crimes", partnerOfficer)))
                .as("a draft is the owner's only, filter or not").isEmpty();
    }

    @Test
    void operationsAreFilteredByAreaAmongTheCallersOwn() throws Exception {
        String boats = created(post("/api/v1/operations"), officer, """
                {"name":"Boats %s","objective":"Trace the boats","participants":[],"crimeAreas":["people-smuggling"]}"""
                .formatted(tag));
        String wallets = created(post("/api/v1/operations"), officer, """
                {"name":"Wallets %s","objective":"Trace the wallets","participants":[],"crimeAreas":["cybercrime"]}"""
                .formatted(tag));

        String smuggling = list("/api/v1/operations?crimeArea=people-smuggling", officer);
        assertThat(ids(smuggling)).contains(boats).doesNotContain(wallets);
        assertThat((List<String>) JsonPath.read(smuggling, "$[?(@.id=='" + boats + "')].crimeAreas[0]"))
                .containsExactly("people-smuggling");
        assertThat(list("/api/v1/operations?crimeArea=people-smuggling", strangerOfficer))
                .as("not a participant").doesNotContain(boats).doesNotContain(tag);
    }

    @Test
    void messagesAreFilteredByAreaForSenderAndRecipientOnly() throws Exception {
        String message = created(post("/api/v1/messages"), officer, """
                {"recipients":["%s"],"subject":"Wallets %s","body":"The list.","handlingCode":"H2",
                 "crimeAreas":["financial-crime"]}""".formatted(partner, tag));

        String received = list("/api/v1/messages?crimeArea=financial-crime", partnerOfficer);
        assertThat(ids(received)).contains(message);
        assertThat((List<String>) JsonPath.read(received, "$[?(@.id=='" + message + "')].crimeAreas[0]"))
                .containsExactly("financial-crime");
        assertThat(ids(list("/api/v1/messages?crimeArea=financial-crime", officer))).as("the sender").contains(message);
        assertThat(ids(list("/api/v1/messages?crimeArea=cybercrime", partnerOfficer))).doesNotContain(message);
        assertThat(list("/api/v1/messages?crimeArea=financial-crime", strangerOfficer)).doesNotContain(message);
        assertThat(ids(list("/api/v1/messages", partnerOfficer))).as("the inbox shows it with its areas").contains(message);
    }

    @Test
    void anUnknownAreaInTheFilterIsRefused() throws Exception {
        for (String path : List.of("/api/v1/records?purpose=test", "/api/v1/notices?purpose=test", "/api/v1/operations?x=1",
                "/api/v1/messages?x=1")) {
            mvc.perform(get(path + "&crimeArea=bank-heists").header("Authorization", "Bearer " + officer))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("bank-heists")));
        }
    }

    private String list(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> ids(String body) {
        return JsonPath.read(body, "$[*].id");
    }

    private String created(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        String body = mvc.perform(request.header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
