package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
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
 * The crime dashboard in English and in Arabic: the owner's analyst sees its hits by crime area (named in the page's
 * language), checkpoint and route, the charts drawn and the map; a refused analyst's page names none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-dashboard-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;
    @Autowired
    CrimeAreas crimeAreas;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en,Drug trafficking,ltr", "ar,الاتجار بالمخدرات,rtl"})
    void anAnalystSeesItsHitsByAreaCheckpointAndRouteAndARefusedOneDoesNot(String language, String area, String dir) {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("XO");
        String checker = agencies.agency("XC");
        String refused = agencies.agency("XR");
        String checkpoint = "XDB-" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase();
        Caller officer = TestCallers.user("o.officer", owner, EnumSet.of(Role.BUREAU_OFFICER));
        Caller border = TestCallers.user("c.border", checker, EnumSet.of(Role.BORDER_OFFICER));
        for (int i = 0; i < 3; i++) {
            UUID phone = records.create(officer, new RecordDraft(new IndicatorDetails("phone",
                    "+2126" + (10_000_000 + new Random().nextInt(89_999_999)), null, null), "all", null, null)).id();
            crimeAreas.tag(Carrier.RECORD, phone, Set.of(CrimeArea.DRUG_TRAFFICKING));
            hits.raise(border, new NewHit(new NewHit.Subject(phone, "indicator", owner, "phone", "phone"), null,
                    "contact-owner", 0.99, "phone", new CheckContext("border check", "phone check", checkpoint, "ES", "MA-ES")));
        }

        Page page = login(agencies.user(owner, Role.ANALYST));
        page.navigate("/analysis/dashboard?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("dir", dir);
        page.fill("[data-testid=purpose]", "weekly threat picture");
        page.click("[data-testid=dashboard-form] button[type=submit]");
        assertThat(page.locator("[data-testid=hits-by-checkpoint]")).containsText(checkpoint);
        assertThat(page.locator("[data-testid=hits-by-route]")).containsText("MA-ES");
        assertThat(page.locator("[data-testid=hits-by-area]")).containsText(area);
        assertThat(page.locator("[data-testid=chart-days]")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("[data-testid=chart-areas] svg")).hasCount(1);
        assertThat(page.locator("[data-testid=chart-areas]")).containsText(area);
        assertThat(page.locator("[data-testid=hit-map] svg")).hasCount(1);
        page.context().close();

        Page other = login(agencies.user(refused, Role.ANALYST));
        other.navigate("/analysis/dashboard?lang=" + language);
        other.fill("[data-testid=purpose]", "weekly threat picture");
        other.click("[data-testid=dashboard-form] button[type=submit]");
        assertThat(other.locator("[data-testid=total-hits]")).isVisible();
        assertThat(other.locator("main")).not().containsText(checkpoint);
        assertThat(other.locator("main")).not().containsText("MA-ES");
        other.context().close();
    }
}
