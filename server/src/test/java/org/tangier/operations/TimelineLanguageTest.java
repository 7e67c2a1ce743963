package org.tangier.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * An operation's timeline is stored as codes plus arguments and read in the reader's language: the invitation and
 * the answer read in Arabic under Accept-Language: ar and in English under en, while an entry stored in English
 * before codes (no code) is shown as written.
 */
@TangierTest
class TimelineLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void timelineEntriesReadInTheReadersLanguageAndOldEntriesAsWritten() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String lead = agencies.agency("TL");
        String partner = agencies.agency("TP");
        String leadToken = agencies.token(lead, Role.BUREAU_OFFICER);
        String partnerToken = agencies.token(partner, Role.DUTY_OFFICER);
        String body = mvc.perform(post("/api/v1/operations").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Operation Sirocco","objective":"Trace the boats","startsOn":"2026-12-01",
                                 "participants":["%s"]}""".formatted(partner)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/operations/" + id + "/accept").header("Authorization", "Bearer " + partnerToken))
                .andExpect(status().isOk());
        jdbc.sql("""
                insert into operation_timeline (id, operation_id, at, kind, text, agency, actor)
                values (:id, :op, :at, 'PARTICIPANT', :text, :agency, 'before-codes')""")
                .param("id", UUID.randomUUID()).param("op", UUID.fromString(id))
                .param("at", Timestamp.from(Instant.now().plusSeconds(60))).param("text", "invited XX")
                .param("agency", lead).update();

        List<String> arabic = texts(id, partnerToken, "ar");
        List<String> english = texts(id, partnerToken, "en");
        assertThat(arabic).anySatisfy(t -> assertThat(t).contains("دُعيت").contains(partner));
        assertThat(arabic).anySatisfy(t -> assertThat(t).contains("تشارك").contains(partner));
        assertThat(english).anySatisfy(t -> assertThat(t).contains("invited").contains(partner));
        assertThat(english).anySatisfy(t -> assertThat(t).contains("takes part"));
        assertThat(arabic).as("an entry stored before codes reads as written").contains("invited XX");
        assertThat(jdbc.sql("select count(*) from operation_timeline where operation_id = :op and text_code is not null")
                .param("op", UUID.fromString(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    private List<String> texts(String id, String token, String language) throws Exception {
        String body = mvc.perform(get("/api/v1/operations/" + id).header("Authorization", "Bearer " + token)
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> texts = JsonPath.read(body, "$.timeline[*].text");
        return texts.stream().filter(t -> t != null).toList();
    }
}
