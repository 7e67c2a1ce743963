package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode loads notices of every type across the demo agencies, most of them published. */
@SpringBootTest(properties = {"tangier.demo.enabled=true",
        "tangier.db.url=jdbc:h2:mem:tangier-demo-notices;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoNoticesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoHasNoticesOfEveryTypeMostlyPublishedUnderMixedRestrictions() {
        List<String> types = jdbc.sql("select distinct type from notice").query(String.class).list();
        assertThat(types).containsExactlyInAnyOrder("RED", "YELLOW", "BLUE", "BLACK", "GREEN", "ORANGE", "PURPLE", "UN");
        int published = jdbc.sql("select count(*) from notice where status = 'PUBLISHED'").query(Integer.class).single();
        int all = jdbc.sql("select count(*) from notice").query(Integer.class).single();
        assertThat(published).isGreaterThan(all / 2);
        assertThat(jdbc.sql("select distinct restriction_kind from notice").query(String.class).list())
                .contains("ALL", "ONLY", "EXCEPT");
        assertThat(jdbc.sql("select distinct owner_agency from notice").query(String.class).list())
                .contains("MA", "FR", "ES", "AE", "QA", "EG", "AFRIPOL");
        assertThat(jdbc.sql("select count(*) from notice where status = 'SUBMITTED' or review_pending = true")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }
}
