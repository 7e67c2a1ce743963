package org.tangier.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;

/**
 * A burst of HIT checks at twice and five times a pool of four connections. Each check holds a connection while its
 * hit's audit entry is written; when the audit writer drew from the same pool, a burst the size of the pool stalled
 * every request for 30 s. Now every check answers 200, or 503 with Retry-After when it found no connection in time:
 * never 500, never a stall.
 */
@SpringBootTest(properties = {
        "tangier.db.url=jdbc:h2:mem:hit-burst;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tangier.db.pool-size=4", "tangier.db.connection-timeout=2000"})
@AutoConfigureMockMvc
class HitBurstTest {

    private static final int POOL_SIZE = 4;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @ParameterizedTest
    @ValueSource(ints = {8, 20})
    void aBurstOfHitsAnswersOrShedsButNeverStalls(int concurrent) throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(jdbc, records, events, tx);
        String owner = fixtures.agency("O");
        String checker = fixtures.agency("C");
        String surname = ScreeningFixtures.uniqueNamePart();
        var person = fixtures.person(owner, "all", "Karim " + surname, "1971-03-14", "MA");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
        String body = "{\"purpose\":\"border control\",\"location\":{\"checkpoint\":\"TNG-MED-1\",\"country\":\"MA\"},"
                + "\"name\":\"Karim " + surname + "\",\"birthDate\":\"1971-03-14\"}";

        // one check first, so that the burst meets warm code rather than first-use start-up
        mvc.perform(post("/api/v1/screening/checks").with(as(border(checker))).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();

        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < concurrent * 3; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                }));
            }
            start.countDown();
            int answered = 0;
            for (Future<MockHttpServletResponse> answer : answers) {
                // bounded: a stall (the 30 s audit wait, or the pool's own timeout chained) fails here
                MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 503);
                if (response.getStatus() == 503) {
                    assertThat(response.getHeader("Retry-After")).isNotBlank();
                    assertThat(response.getContentType()).startsWith("application/problem+json");
                } else {
                    assertThat(response.getContentAsString()).contains("\"HIT\"");
                    answered++;
                }
            }
            if (concurrent <= 2 * POOL_SIZE) {
                // twice the pool: each check needs one connection for milliseconds, so most are answered (how many
                // are shed depends on the machine's load); with the audit writer drawing from the requests' pool, the
                // checks holding all four starved it and all but a few failed
                assertThat(answered).isGreaterThanOrEqualTo(answers.size() / 2);
            } else {
                assertThat(answered).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
