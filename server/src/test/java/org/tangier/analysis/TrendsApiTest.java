package org.tangier.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * The trends dashboard and its warnings for the record's owner, the checking agency, and a refused agency that
 * neither holds nor checked anything: the refused one learns nothing about those hits, not even the checkpoint.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;

    String checkpoint;
    String ownerToken;
    String checkerToken;
    String refusedToken;

    @BeforeAll
    void fiveHitsAtANewCheckpoint() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String owner = agencies.agency("TO");
        String checker = agencies.agency("TC");
        String refused = agencies.agency("TR");
        checkpoint = "TRD-" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase();
        Caller officer = TestCallers.user("o.officer", owner, EnumSet.of(Role.BUREAU_OFFICER));
        Caller border = TestCallers.user("c.border", checker, EnumSet.of(Role.BORDER_OFFICER));
        // five different travellers: repeated checks of one traveller would be sightings of one hit, not new hits
        for (int i = 0; i < 5; i++) {
            UUID phone = records.create(officer, new RecordDraft(new IndicatorDetails("phone",
                    "+2127" + (10_000_000 + new Random().nextInt(89_999_999)), null, null), "all", null, null)).id();
            hits.raise(border, new NewHit(new NewHit.Subject(phone, "indicator", owner, "phone", "phone"), null,
                    "contact-owner", 0.99, "phone", new CheckContext("border check", "phone check", checkpoint, "ES")));
        }
        ownerToken = agencies.token(owner, Role.ANALYST);
        checkerToken = agencies.token(checker, Role.ANALYST);
        refusedToken = agencies.token(refused, Role.ANALYST);
    }

    @Test
    void ownerAndCheckerCountTheHitsAndAreWarnedOfTheBurst() throws Exception {
        for (String token : List.of(ownerToken, checkerToken)) {
            String body = trends(token);
            assertThat((Integer) JsonPath.read(body, "$.byCheckpoint['" + checkpoint + "']")).isEqualTo(5);
            List<Integer> observed = JsonPath.read(body, "$.warnings[?(@.key=='" + checkpoint + "')].observed");
            assertThat(observed).containsExactly(5);
            List<String> test = JsonPath.read(body, "$.warnings[?(@.key=='" + checkpoint + "')].test");
            assertThat(test.getFirst()).contains("Poisson");
            List<Number> p = JsonPath.read(body, "$.warnings[?(@.key=='" + checkpoint + "')].pValue");
            assertThat(p.getFirst().doubleValue()).isLessThan(0.01);
        }
    }

    @Test
    void aRefusedAgencyLearnsNothingOfThoseHits() throws Exception {
        String body = trends(refusedToken);
        assertThat(body).doesNotContain(checkpoint);
        assertThat((Integer) JsonPath.read(body, "$.hits")).isZero();
    }

    @Test
    void purposeIsRequiredAndOtherRolesAreRefused() throws Exception {
        mvc.perform(get("/api/v1/analysis/trends").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/analysis/trends").param("purpose", "x").param("weeks", "99")
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isBadRequest());
    }

    private String trends(String token) throws Exception {
        return mvc.perform(get("/api/v1/analysis/trends").param("purpose", "weekly review")
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
