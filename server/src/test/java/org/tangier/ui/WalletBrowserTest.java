package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/**
 * The wallet page in a real browser, in English and in Arabic (right to left), on demo mode's ransomware case: a bureau
 * officer checks the ransom wallet, sees the exchange's attribution and the trace (table and link chart), and drafts the
 * preservation request to the exchange's jurisdiction, which opens the message composer addressed to that bureau.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"tangier.demo.enabled=true",
        "tangier.db.url=jdbc:h2:mem:tangier-wallet-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class WalletBrowserTest extends BrowserTest {

    static final String RANSOM = "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3";
    static final String EXCHANGE = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void anOfficerTracesTheRansomToTheExchangeAndDraftsThePreservationRequest(String language) {
        String officer = new TestAgencies(jdbc, null).user("ES", Role.BUREAU_OFFICER);
        Page page = login(officer);
        page.navigate("/crypto/wallet?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        page.fill("[data-testid=wallet-form] input[name=address]", RANSOM.toUpperCase());
        page.fill("[data-testid=wallet-form] input[name=hops]", "5");
        page.fill("[data-testid=wallet-form] input[name=purpose]", "case Harbour");
        page.click("[data-testid=wallet-form] button[type=submit]");

        assertThat(page.locator("[data-testid=canonical]")).hasText("BTC:" + RANSOM);
        assertThat(page.locator("[data-testid=services]")).containsText(EXCHANGE);
        assertThat(page.locator("[data-testid=services]")).containsText("Gulf Demo Exchange");
        assertThat(page.locator("[data-testid=flows] tbody tr")).hasCount(4);
        // the link chart drew every address and flow of the table
        assertThat(page.locator("[data-testid=trace-chart]")).hasAttribute("data-ready", "true");
        assertThat(page.locator("[data-testid=trace-chart]")).hasAttribute("data-edges", "4");
        assertThat(page.locator("[data-testid=trace-chart]")).hasAttribute("data-nodes", "4");
        assertThat(page.locator("[data-testid=trace-chart] canvas").first()).isVisible();

        page.click("[data-testid=preservation-request]");
        assertThat(page.locator("[data-testid=compose]")).isVisible();
        assertThat(page.locator("#body")).containsText(EXCHANGE);
        assertThat(page.url()).contains("to=AE");
        page.context().close();
    }
}
