package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/**
 * Crime areas in a real browser, in English and in Arabic (right to left): an officer picks an area on the record
 * form, the record shows it, and the record list filtered by that area keeps it and drops a record of another area;
 * the notice, operation and message forms carry the same picker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-crimearea-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class CrimeAreaBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void anOfficerPicksAnAreaOnTheFormAndFiltersTheListByIt(String language) {
        boolean arabic = language.equals("ar");
        String drugs = arabic ? "الاتجار بالمخدرات" : "Drug trafficking";
        String cyber = arabic ? "الجريمة السيبرانية" : "Cybercrime";
        String surname = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        TestAgencies agencies = new TestAgencies(jdbc, null);
        Page page = login(agencies.user(agencies.agency("UA"), Role.BUREAU_OFFICER));

        page.navigate("/records/new?type=person&lang=" + language);
        assertThat(page.locator("html")).hasAttribute("dir", arabic ? "rtl" : "ltr");
        assertThat(page.locator("[data-testid=crime-area-picker] label[data-area=drug-trafficking]")).hasText(drugs);
        assertThat(page.locator("[data-testid=crime-area-picker] input[name=crimeAreas]"))
                .hasCount(org.tangier.crimeareas.CrimeArea.values().length);
        assertThat(page.locator("[data-testid=crime-area-picker]"))
                .hasCSS("direction", arabic ? "rtl" : "ltr");
        page.fill("#name0", "Nadia " + surname);
        page.check("[data-testid=crime-area-picker] input[value=drug-trafficking]");
        page.click("[data-testid=record-form] button[type=submit]");
        assertThat(page.locator("[data-testid=crime-areas] [data-area=drug-trafficking]")).hasText(drugs);

        page.navigate("/records/new?type=person&lang=" + language);
        page.fill("#name0", "Karim " + surname);
        page.check("[data-testid=crime-area-picker] input[value=cybercrime]");
        page.click("[data-testid=record-form] button[type=submit]");
        assertThat(page.locator("[data-testid=crime-areas] [data-area=cybercrime]")).hasText(cyber);

        // unfiltered, both rows with their areas; filtered by drug trafficking, only Nadia
        page.navigate("/records?lang=" + language + "&q=" + surname);
        assertThat(page.locator("[data-testid=records] tbody tr[data-record]")).hasCount(2);
        page.selectOption("[data-testid=crime-area-filter]", "drug-trafficking");
        page.click("[data-testid=record-search] button[type=submit]");
        assertThat(page.locator("[data-testid=records] tbody tr[data-record]")).hasCount(1);
        assertThat(page.locator("[data-testid=records]")).containsText("Nadia " + surname);
        assertThat(page.locator("[data-testid=records]")).not().containsText("Karim");
        assertThat(page.locator("[data-testid=records] [data-area=drug-trafficking]")).hasText(drugs);
        assertThat(page.locator("[data-testid=crime-area-filter]")).hasValue("drug-trafficking");
        assertThat(page.locator("html")).hasAttribute("dir", arabic ? "rtl" : "ltr");

        // the same picker on the other carriers' forms
        for (String form : new String[] {"/notices/new", "/operations", "/messages/new"}) {
            page.navigate(form + "?lang=" + language);
            assertThat(page.locator("[data-testid=crime-area-picker] label[data-area=cybercrime]")).hasText(cyber);
        }
        page.context().close();
    }
}
