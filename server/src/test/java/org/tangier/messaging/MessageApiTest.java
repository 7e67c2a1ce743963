package org.tangier.messaging;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/** The messages API: exchange with receipts, handling-code refusals, attachments checked by content, and 404 to outsiders. */
@TangierTest
class MessageApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String a;
    String b;
    String x;
    String tokenA;
    String tokenB;
    String tokenX;

    @BeforeEach
    void agencies() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        a = agencies.agency("PA");
        b = agencies.agency("PB");
        x = agencies.agency("PX");
        tokenA = agencies.token(a, Role.BUREAU_OFFICER);
        tokenB = agencies.token(b, Role.DUTY_OFFICER);
        tokenX = agencies.token(x, Role.BUREAU_OFFICER);
    }

    @Test
    void messageTravelsWithReceiptsAndAnH3ReplyToAnotherAgencyIsRefused() throws Exception {
        String id = send(tokenA, """
                {"recipients":["%s"],"subject":"Stolen lorry","body":"Seen at km 12","priority":"flash","handlingCode":"H3",
                 "links":[{"kind":"record","id":"6f1c1a4e-0000-4000-8000-000000000001"}]}""".formatted(b));

        mvc.perform(get("/api/v1/messages").header("Authorization", "Bearer " + tokenB))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].subject").value("Stolen lorry")).andExpect(jsonPath("$[0].unread").value(true));
        mvc.perform(get("/api/v1/messages/" + id).header("Authorization", "Bearer " + tokenB))
                .andExpect(status().isOk()).andExpect(jsonPath("$.body").value("Seen at km 12"))
                .andExpect(jsonPath("$.integrity").value(true)).andExpect(jsonPath("$.links[0].kind").value("RECORD"));
        mvc.perform(get("/api/v1/messages/" + id).header("Authorization", "Bearer " + tokenA))
                .andExpect(jsonPath("$.recipients[0].readAt").isNotEmpty());
        mvc.perform(get("/api/v1/messages/" + id).header("Authorization", "Bearer " + tokenX))
                .andExpect(status().isNotFound());
        mvc.perform(get("/messages/" + id).with(session(x))).andExpect(status().isNotFound());
        mvc.perform(get("/messages/threads/" + id).with(session(x))).andExpect(status().isNotFound());
        mvc.perform(get("/messages").param("q", "Stolen lorry").with(session(x)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(id))));
        mvc.perform(get("/messages/threads/" + id).with(session(b)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Seen at km 12")));

        mvc.perform(post("/api/v1/messages").header("Authorization", "Bearer " + tokenB).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recipients":["%s","%s"],"subject":"Re","body":"forwarding","handlingCode":"H3","replyTo":"%s"}"""
                                .formatted(a, x, id)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(tokenB, """
                {"recipients":["%s"],"subject":"Re","body":"on it","handlingCode":"H3","replyTo":"%s"}""".formatted(a, id));
    }

    @Test
    void aFileWhoseContentIsNotItsClaimedTypeIsRefusedAndAGoodOneIsDownloadedAsSent() throws Exception {
        String message = """
                {"recipients":["%s"],"subject":"Files","body":"attached","handlingCode":"H2"}""".formatted(b);
        MockMultipartFile json = new MockMultipartFile("message", "", "application/json", message.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/messages").file(json)
                        .file(new MockMultipartFile("attachments", "invoice.pdf", "application/pdf",
                                "just some text, not a PDF".getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not the application/pdf")));

        byte[] text = "Plate 12-A-345, seen twice".getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/v1/messages").file(json)
                        .file(new MockMultipartFile("attachments", "sightings.txt", "text/plain", text))
                        .header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String attachment = JsonPath.read(body, "$.attachments[0].id");
        mvc.perform(get("/api/v1/messages/" + id + "/attachments/" + attachment).header("Authorization", "Bearer " + tokenB))
                .andExpect(status().isOk()).andExpect(content().bytes(text))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN));
        mvc.perform(get("/api/v1/messages/" + id + "/attachments/" + attachment).header("Authorization", "Bearer " + tokenX))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsABadRequestThatNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/messages").header("Authorization", "Bearer " + tokenA).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recipients":["NOSUCHAGENCY"],"subject":"s","body":"b","handlingCode":"H2"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("recipients")));
        mvc.perform(post("/api/v1/messages").header("Authorization", "Bearer " + tokenA).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recipients":["%s"],"subject":"s","body":"b","handlingCode":"H9"}""".formatted(b)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("handlingCode")));
        mvc.perform(get("/api/v1/messages/not-a-uuid").header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isBadRequest());
    }

    /** A browser session of a bureau officer of the agency, past the second factor. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor session(String agency) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                new org.springframework.security.authentication.TestingAuthenticationToken(
                        org.tangier.testing.TestCallers.user("viewer", agency, java.util.EnumSet.of(Role.BUREAU_OFFICER)), null,
                        "factor:complete", "ROLE_BUREAU_OFFICER"));
    }

    private String send(String token, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/messages").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
