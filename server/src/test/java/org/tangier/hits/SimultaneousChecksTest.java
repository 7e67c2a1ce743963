package org.tangier.hits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * Two identical checks of one traveller in the same instant (a double submission, two terminals of one checkpoint)
 * fold into one hit with two sightings, as checks a minute apart do: neither may miss the other's hit and raise a
 * second urgent hit and a second escalation.
 */
@TangierTest
class SimultaneousChecksTest {

    @Autowired
    Hits hits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void twoIdenticalChecksAtTheSameMomentAreOneHitWithTwoSightings() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("SO");
        String checking = agencies.agency("SC");
        Caller checker = TestCallers.user("guard", checking, EnumSet.of(Role.BORDER_OFFICER));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                UUID record = UUID.randomUUID();
                NewHit hit = new NewHit(new NewHit.Subject(record, "person", owner, "Nadia Simultaneous", null),
                        null, "arrest", 0.97, "name", new CheckContext("border control", "name=Nadia Simultaneous", "TNG-PORT", "MA"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<UUID>> raised = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    raised.add(pool.submit(() -> {
                        start.await();
                        return tx.execute(s -> hits.raise(checker, hit));
                    }));
                }
                start.countDown();
                Set<UUID> ids = new java.util.HashSet<>(List.of(raised.get(0).get(), raised.get(1).get()));
                assertThat(ids).as("round %d: both checks quote one hit", round).hasSize(1);
                assertThat(jdbc.sql("select count(*) from hit where record_id = :r").param("r", record)
                        .query(Long.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("select count(*) from hit_sighting where hit_id = :h").param("h", ids.iterator().next())
                        .query(Long.class).single()).as("two sightings").isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
