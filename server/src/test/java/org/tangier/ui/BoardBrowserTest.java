package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.hits.Hits;
import org.tangier.hits.CheckContext;
import org.tangier.hits.NewHit;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** The coordination board in a real browser: a hit raised while the board is open appears without a reload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tangier.db.url=jdbc:h2:mem:tangier-board-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tangier.coordination.agency=CCBOARD"})
class BoardBrowserTest extends BrowserTest {


    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hits hits;
    @Autowired
    TransactionTemplate tx;



    @Test
    void aNewHitAppearsOnTheBoardWithoutReloading() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        jdbc.sql("insert into agency (code, name, kind, active, created_at) values ('CCBOARD', 'Coordination', 'INTERNATIONAL_BODY', true, current_timestamp)").update();
        String owner = agencies.agency("BW");
        String checker = agencies.agency("BC");
        String duty = agencies.user("CCBOARD", Role.DUTY_OFFICER);

        Page page = login(duty);
        page.navigate("/board");
        assertThat(page.locator("[data-testid=waiting-count]")).hasText("0");
        page.waitForTimeout(1000); // let the event stream connect

        UUID hit = tx.execute(s -> hits.raise(TestCallers.user("guard", checker, EnumSet.of(Role.BORDER_OFFICER)),
                new NewHit(new NewHit.Subject(UUID.randomUUID(), "person", owner, "Board Subject", null),
                        new NewHit.Notice(UUID.randomUUID(), "RED"), "arrest", 0.97, "name",
                        new CheckContext("border check", "name=Board Subject", "TNG", "MA"))));

        assertThat(page.locator("[data-testid=board-hits] tr[data-hit='" + hit + "']")).isVisible();
        assertThat(page.locator("[data-testid=waiting-count]")).hasText("1");
        page.context().close();
    }
}
