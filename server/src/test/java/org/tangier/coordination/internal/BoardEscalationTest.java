package org.tangier.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.hits.Hits;
import org.tangier.hits.CheckContext;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * A hit past its deadline is escalated once to its owner and shown so; the duty officer's action is kept on the hit; the
 * board lists the operations under way its agency sees. The coordination centre is named by tangier.coordination.agency.
 */
@SpringBootTest(properties = {"tangier.hits.acknowledge-within.urgent=1ms", "tangier.coordination.agency=CCESC",
        "tangier.db.url=jdbc:h2:mem:tangier-escalation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class BoardEscalationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hits hits;
    @Autowired
    HitEscalation escalation;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anOverdueHitIsEscalatedOnceAndTheDutyOfficersActionIsKept() throws Exception {
        jdbc.sql("insert into agency (code, name, kind, active, created_at) values ('CCESC', 'Coordination', 'INTERNATIONAL_BODY', true, current_timestamp)").update();
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String owner = agencies.agency("EO");
        String checker = agencies.agency("EC");
        UUID hit = tx.execute(s -> hits.raise(TestCallers.user("guard", checker, EnumSet.of(Role.BORDER_OFFICER)),
                new NewHit(new NewHit.Subject(UUID.randomUUID(), "person", owner, "Late Subject", null),
                        new NewHit.Notice(UUID.randomUUID(), "RED"), "arrest", 0.97, "name",
                        new CheckContext("border check", "name=Late Subject", "TNG", "MA"))));
        Thread.sleep(20);

        assertThat(escalation.escalateOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(escalation.escalated(hit)).isTrue();
        assertThat(escalation.escalateOverdue()).isZero();

        Caller duty = TestCallers.user("duty", "CCESC", EnumSet.of(Role.DUTY_OFFICER));
        String board = mvc.perform(get("/board").with(session(duty))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(board).contains("data-hit=\"" + hit + "\"").contains("tag warn");
        assertThat(board).as("the map shipped with the app shades the country of the hit")
                .contains("data-testid=\"hit-map\"").contains("data-country=\"MA\"").contains("Morocco: 1");

        Caller ownerDuty = TestCallers.user("owner.duty", owner, EnumSet.of(Role.DUTY_OFFICER));
        String ownerBoard = mvc.perform(get("/board").with(session(ownerDuty))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ownerBoard).as("the escalation reached the owner as a flash message")
                .contains("Hit past its acknowledgement deadline");

        mvc.perform(post("/board/hits/" + hit + "/action").param("action", "taken over; owner bureau called")
                        .with(session(duty)).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        String notes = String.join("|", jdbc.sql("select * from hit_note where hit_id = :h").param("h", hit)
                .query((rs, n) -> String.valueOf(rs.getString("note"))).list());
        assertThat(notes).contains("owner bureau called");

        String planned = operation(duty, "Operation Lantern");
        String closed = operation(duty, "Operation Ember");
        mvc.perform(post("/api/v1/operations/" + closed + "/status").with(session(duty)).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"closed\"}"))
                .andExpect(status().isOk());
        String withOperations = mvc.perform(get("/board").with(session(duty))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(withOperations).as("operations under way come through the operations part's public service")
                .contains("/operations/" + planned).contains("Operation Lantern").doesNotContain("Operation Ember");
        String ownerWithOperations = mvc.perform(get("/board").with(session(ownerDuty))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ownerWithOperations).as("an agency outside the operation does not see it on its board")
                .doesNotContain("Operation Lantern");

        Caller stranger = TestCallers.user("clerk", owner, EnumSet.of(Role.ANALYST));
        mvc.perform(get("/board").with(session(stranger))).andExpect(status().isForbidden());
    }

    private String operation(Caller lead, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/operations").with(session(lead)).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"%s","objective":"Watch the port","startsOn":"2026-12-01"}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static RequestPostProcessor session(Caller caller) {
        String[] authorities = caller.roles().stream().map(Role::authority).toArray(String[]::new);
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("factor:complete"),
                java.util.Arrays.stream(authorities)).toArray(String[]::new);
        return SecurityMockMvcRequestPostProcessors.authentication(new TestingAuthenticationToken(caller, null, all));
    }
}
