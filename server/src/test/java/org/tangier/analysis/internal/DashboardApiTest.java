package org.tangier.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.access.Restriction;
import org.tangier.analysis.EarlyWarningRaised;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageSent;
import org.tangier.messaging.Priority;
import org.tangier.hits.NewHit;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.platform.WaitingWork;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * The crime dashboard per dimension for the record's owner and the checking agency, and for a refused agency that
 * neither holds nor checked anything and is not among a notice's recipients: it counts none of it. Then the pushed
 * warnings: the scheduled sweep stores and publishes the burst for those who may see it, and for no one else.
 */
@TangierTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;
    @Autowired
    CrimeAreas crimeAreas;
    @Autowired
    TrendItems items;
    @Autowired
    WarningSweep sweep;
    @Autowired
    WarningsWaiting waiting;

    String owner;
    String checker;
    String refused;
    String checkpoint;
    String ownerToken;
    String checkerToken;
    String refusedToken;
    UUID notice;

    @BeforeAll
    void threeHitsOneCheckANoticeAndAMessage() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("DO");
        checker = agencies.agency("DC");
        refused = agencies.agency("DR");
        checkpoint = "DSH-" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase();
        Caller officer = TestCallers.user("o.officer", owner, EnumSet.of(Role.BUREAU_OFFICER));
        Caller border = TestCallers.user("c.border", checker, EnumSet.of(Role.BORDER_OFFICER));
        for (int i = 0; i < 3; i++) {
            UUID phone = records.create(officer, new RecordDraft(new IndicatorDetails("phone",
                    "+2217" + (10_000_000 + new Random().nextInt(89_999_999)), null, null), "all", null, null)).id();
            crimeAreas.tag(Carrier.RECORD, phone, Set.of(CrimeArea.DRUG_TRAFFICKING));
            hits.raise(border, new NewHit(new NewHit.Subject(phone, "indicator", owner, "phone", "phone"), null,
                    "contact-owner", 0.99, "phone",
                    new CheckContext("border check", "phone check", checkpoint, "ES", "SN-ES")));
        }
        checkerToken = agencies.token(checker, Role.ANALYST, Role.BORDER_OFFICER);
        mvc.perform(post("/api/v1/screening/checks").header("Authorization", "Bearer " + checkerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"purpose":"border control","location":{"checkpoint":"%s","country":"ES"},
                                 "name":"Nobody Known","nationality":"SN"}""".formatted(checkpoint)))
                .andExpect(status().isOk());
        notice = UUID.randomUUID();
        crimeAreas.tag(Carrier.NOTICE, notice, Set.of(CrimeArea.WAR_CRIMES));
        items.on(new NoticeInForce(notice, "DSH/1", NoticeType.RED, false, owner, Restriction.only(checker),
                Instruction.CONTACT_OWNER, List.of()));
        UUID message = UUID.randomUUID();
        crimeAreas.tag(Carrier.MESSAGE, message, Set.of(CrimeArea.CYBERCRIME));
        items.on(new MessageSent(message, message, owner, Set.of(checker), Priority.ROUTINE, HandlingCode.H2, List.of(),
                Instant.now()));
        ownerToken = agencies.token(owner, Role.ANALYST);
        refusedToken = agencies.token(refused, Role.ANALYST);
    }

    @Test
    void theOwnerCountsItsHitsByAreaCountryCheckpointRouteAndDay() throws Exception {
        String body = dashboard(ownerToken);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat((Integer) JsonPath.read(body, "$.hits.byCheckpoint['" + checkpoint + "']")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.hits.byCrimeArea['drug-trafficking']")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.hits.byCountry['ES']")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.hits.byRoute['SN-ES']")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.hits.byDay['" + today + "']")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.notices.byCrimeArea['war-crimes']")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.messages.byCrimeArea['cybercrime']")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.checks.total")).as("the owner made no check").isZero();
    }

    @Test
    void theCheckerCountsItsCheckWithItsRouteAndTheHitsItCaused() throws Exception {
        String body = dashboard(checkerToken);
        assertThat((Integer) JsonPath.read(body, "$.checks.byCheckpoint['" + checkpoint + "']")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.checks.byRoute['SN-ES']")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.hits.byCheckpoint['" + checkpoint + "']")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.notices.byCrimeArea['war-crimes']")).as("a recipient").isEqualTo(1);
    }

    @Test
    void aRefusedAgencyCountsNoneOfTheirHitsNoticesOrMessages() throws Exception {
        String body = dashboard(refusedToken);
        assertThat(body).doesNotContain(checkpoint).doesNotContain("war-crimes").doesNotContain("cybercrime")
                .doesNotContain("drug-trafficking");
        assertThat((Integer) JsonPath.read(body, "$.hits.total")).isZero();
        // other tests' notices for all member agencies share this database: the refused agency sees exactly what the
        // checker (a fresh agency too) sees, less the notice restricted to the checker
        int checkerNotices = JsonPath.read(dashboard(checkerToken), "$.notices.total");
        assertThat((Integer) JsonPath.read(body, "$.notices.total")).isEqualTo(checkerNotices - 1);
        assertThat((Integer) JsonPath.read(body, "$.messages.total")).isZero();
    }

    @Test
    void theSweepPushesTheBurstToThoseWhoMaySeeItOnly(ApplicationEvents events) throws Exception {
        List<EarlyWarningRaised> raised = sweep.sweep();
        assertThat(raised).filteredOn(w -> w.key().equals(checkpoint))
                .extracting(EarlyWarningRaised::agency).contains(owner, checker).doesNotContain(refused);
        EarlyWarningRaised mine = raised.stream().filter(w -> w.key().equals(checkpoint) && w.agency().equals(owner))
                .findFirst().orElseThrow();
        assertThat(mine.observed()).isEqualTo(3);
        assertThat(mine.expected()).isEqualTo(0.0625);
        assertThat(mine.pValue()).isLessThan(0.01);
        assertThat(mine.test()).contains("same weekday");
        assertThat(events.stream(EarlyWarningRaised.class)).contains(mine);
        assertThat(sweep.sweep()).as("announced once a day").noneMatch(w -> w.key().equals(checkpoint));

        String warnings = mvc.perform(get("/api/v1/analysis/warnings").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(warnings).contains(checkpoint).contains("crime-area").contains("SN-ES");
        assertThat(mvc.perform(get("/api/v1/analysis/warnings").header("Authorization", "Bearer " + refusedToken))
                .andReturn().getResponse().getContentAsString()).doesNotContain(checkpoint);
        assertThat(dashboard(ownerToken)).contains(checkpoint);

        Caller analyst = TestCallers.user("o.analyst", owner, EnumSet.of(Role.ANALYST));
        assertThat(waiting.waitingFor(analyst)).extracting(WaitingWork.Waiting::count).first()
                .satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1L));
        Caller other = TestCallers.user("r.analyst", refused, EnumSet.of(Role.ANALYST));
        assertThat(waiting.waitingFor(other)).extracting(WaitingWork.Waiting::count).containsExactly(0L);
    }

    @Test
    void purposeIsRequiredAndDaysAreBounded() throws Exception {
        mvc.perform(get("/api/v1/analysis/dashboard").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/analysis/dashboard").param("purpose", "x").param("days", "400")
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isBadRequest());
    }

    private String dashboard(String token) throws Exception {
        return mvc.perform(get("/api/v1/analysis/dashboard").param("purpose", "weekly threat picture")
                        .header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
