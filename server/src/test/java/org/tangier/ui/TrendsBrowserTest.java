package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * The trends page in English and in Arabic: the owner's analyst sees the burst at a new checkpoint as a warning with
 * its figures and a drawn chart; a refused analyst's page does not name the checkpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-trends-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class TrendsBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void anAnalystSeesTheWarningAndARefusedOneDoesNot(String language) {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("BO");
        String checker = agencies.agency("BC");
        String refused = agencies.agency("BR");
        String checkpoint = "BRW-" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase();
        Caller officer = TestCallers.user("o.officer", owner, EnumSet.of(Role.BUREAU_OFFICER));
        Caller border = TestCallers.user("c.border", checker, EnumSet.of(Role.BORDER_OFFICER));
        // different travellers: repeated checks of one traveller would be sightings of one hit, not new hits
        for (int i = 0; i < 4; i++) {
            UUID phone = records.create(officer, new RecordDraft(new IndicatorDetails("phone",
                    "+2128" + (10_000_000 + new Random().nextInt(89_999_999)), null, null), "all", null, null)).id();
            hits.raise(border, new NewHit(new NewHit.Subject(phone, "indicator", owner, "phone", "phone"), null,
                    "contact-owner", 0.99, "phone", new CheckContext("border check", "phone check", checkpoint, "MA")));
        }

        Page page = login(agencies.user(owner, Role.ANALYST));
        page.navigate("/analysis/trends?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        page.fill("[data-testid=purpose]", "weekly review");
        page.click("[data-testid=trends-form] button[type=submit]");
        assertThat(page.locator("[data-testid=warnings]")).containsText(checkpoint);
        assertThat(page.locator("[data-testid=by-checkpoint]")).containsText(checkpoint);
        assertThat(page.locator("[data-testid=trend-chart]")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("[data-testid=trend-chart] svg")).hasCount(1);
        page.context().close();

        Page other = login(agencies.user(refused, Role.ANALYST));
        other.navigate("/analysis/trends?lang=" + language);
        other.fill("[data-testid=purpose]", "weekly review");
        other.click("[data-testid=trends-form] button[type=submit]");
        assertThat(other.locator("[data-testid=hit-total]")).isVisible();
        assertThat(other.locator("main")).not().containsText(checkpoint);
        other.context().close();
    }
}
