package org.tangier.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Role;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordView;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/** A screening hit on a record an operation watches reaches the operation's timeline for every participant. */
@TangierTest
class WatchListHitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScreeningFixtures fixtures;

    @Test
    void aHitOnAWatchedRecordIsFlaggedToTheOperation() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String lead = agencies.agency("WL");
        String partner = agencies.agency("WP");
        String leadToken = agencies.token(lead, Role.BUREAU_OFFICER);
        String partnerToken = agencies.token(partner, Role.DUTY_OFFICER);
        String borderToken = agencies.token(partner, Role.BORDER_OFFICER);
        RecordView wanted = fixtures.person(lead, "all", ScreeningFixtures.uniqueNamePart() + " Watched", "1979-02-03", "MA",
                new PersonDetails.Identifier("passport", "WX" + (System.nanoTime() % 10_000_000), "MA"));
        fixtures.notice(lead, NoticeType.RED, "all", Instruction.ARREST, wanted.id());

        String body = mvc.perform(post("/api/v1/operations").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Operation Sirocco","objective":"Find the subject","startsOn":"2026-11-01",
                                 "participants":["%s"]}""".formatted(partner)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/operations/" + id + "/accept").header("Authorization", "Bearer " + partnerToken))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/operations/" + id + "/watch").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recordId\":\"" + wanted.id() + "\"}"))
                .andExpect(status().isOk());

        PersonDetails.Identifier passport = ((PersonDetails) wanted.details()).identifiers().get(0);
        String answer = mvc.perform(post("/api/v1/screening/checks").header("Authorization", "Bearer " + borderToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"document":{"number":"%s","issuingCountry":"MA"},"purpose":"border check"}"""
                                .formatted(passport.number())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("HIT"))
                .andReturn().getResponse().getContentAsString();
        String hitId = JsonPath.read(answer, "$.matches[0].hitId");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String timeline = "";
        while (!timeline.contains(hitId) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            timeline = mvc.perform(get("/api/v1/operations/" + id).header("Authorization", "Bearer " + partnerToken))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(timeline).contains(hitId);
    }
}
