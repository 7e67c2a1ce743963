package org.tangier.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo mode ships one published assessment on a synthetic trafficking network, with its figures frozen. Same
 * properties as DemoNoticesTest, so the two share one demo context.
 */
@SpringBootTest(properties = {"tangier.demo.enabled=true",
        "tangier.db.url=jdbc:h2:mem:tangier-demo-notices;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoAssessmentTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoHasOnePublishedAssessmentWithFrozenFiguresForFranceAndSpain() {
        List<String> rows = jdbc.sql("select status || ' ' || restriction_kind || restriction_agencies || ' ' || handling_code"
                + " from assessment where owner_agency = 'MA'").query(String.class).list();
        assertThat(rows).containsExactly("PUBLISHED ONLY,ES,FR, H1");
        String figures = jdbc.sql("select figures from assessment where owner_agency = 'MA'").query(String.class).single();
        assertThat(figures).contains("\"link-chart\"").contains("\"trend-chart\"").contains("\"type\":\"person\"");
    }
}
