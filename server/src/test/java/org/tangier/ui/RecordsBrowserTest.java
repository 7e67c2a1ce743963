package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/** Records in a real browser: an owner creates a restricted person; an allowed agency finds it, a refused one does not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-records-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class RecordsBrowserTest extends BrowserTest {


    @Autowired
    JdbcClient jdbc;



    @Test
    void refusedAgencyDoesNotSeeARestrictedPersonThatAnAllowedAgencyFinds() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("OW");
        String allowed = agencies.agency("AL");
        String refused = agencies.agency("RF");
        String officer = agencies.user(owner, Role.BUREAU_OFFICER);
        String friend = agencies.user(allowed, Role.BUREAU_OFFICER);
        String stranger = agencies.user(refused, Role.BUREAU_OFFICER);

        Page page = login(officer);
        page.navigate("/records/new?type=person");
        page.fill("#name0", "Qwertz Benkirane");
        page.fill("#name1", "قويرتز بنكيران");
        page.selectOption("select[name=nameKind1]", "original-script");
        page.fill("#birthDates", "1981-03");
        page.fill("#nationalities", "MA");
        page.check("[data-testid=restriction-only]"); // chosen from the member agencies, not typed
        page.check("input[data-agency='" + allowed + "']");
        page.click("[data-testid=record-form] button[type=submit]");
        assertThat(page.locator("[data-testid=restriction]")).hasText("only:" + allowed);
        assertThat(page.locator("h1")).containsText("Qwertz Benkirane");

        // a refused field keeps what was typed
        page.navigate("/records/new?type=person");
        page.fill("#name0", "Keepme Typed");
        page.fill("#birthDates", "1981-13");
        page.click("[data-testid=record-form] button[type=submit]");
        assertThat(page.locator("[data-testid=problem]")).containsText("birthDates[0]");
        assertThat(page.locator("#name0")).hasValue("Keepme Typed");
        page.context().close();

        Page friendPage = login(friend);
        friendPage.navigate("/records?q=Qwertz");
        assertThat(friendPage.locator("[data-testid=records]")).containsText("Qwertz Benkirane");
        friendPage.context().close();

        Page strangerPage = login(stranger);
        strangerPage.navigate("/records?q=Qwertz&lang=ar");
        assertThat(strangerPage.locator("html")).hasAttribute("dir", "rtl");
        assertThat(strangerPage.locator("[data-testid=records]")).not().containsText("Qwertz");
        strangerPage.context().close();
    }

}
