package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/**
 * Sign-in with OIDC when the provider's second factor does not count (tangier.auth.oidc.provider-enforces-mfa=false):
 * even a sign-in whose amr says "mfa" is asked for the local one-time code, and only the code completes it; in
 * Chromium too, from the login page's button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-oidc-local;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class OidcLocalSecondFactorTest extends BrowserTest {

    private static final OidcProvider PROVIDER = new OidcProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.register(registry, false);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLocalCodeFollowsTheProvidersSignIn() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String username = agencies.user(agencies.agency("OIDC"), Role.ANALYST);
        PROVIDER.nextSignIn("subject-" + username, Map.of("preferred_username", username, "amr", List.of("mfa")));
        OidcProvider.Browser browser = OidcProvider.browser(port);

        HttpResponse<String> codeStep = browser.get("/login/oidc");
        assertThat(codeStep.uri().getPath()).isEqualTo("/login/code");
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login/code");

        HttpResponse<String> wrong = browser.submit(codeStep, "/login/code", "code", "000000");
        assertThat(wrong.uri().getPath()).isEqualTo("/login/code");

        HttpResponse<String> home = browser.submit(codeStep, "/login/code", "code", TestAgencies.code(jdbc, username));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains(username);
    }

    @Test
    void inABrowserTheButtonLeadsThroughTheProviderToTheCodeAndHome() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String username = agencies.user(agencies.agency("OIDC"), Role.ANALYST);
        PROVIDER.nextSignIn("subject-" + username, Map.of("preferred_username", username));
        Page page = page();

        page.navigate("/login");
        page.click("[data-testid=oidc-sign-in]");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*/login/code$"));
        page.fill("#code", TestAgencies.code(jdbc, username));
        page.click("button[type=submit].primary");

        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*/$"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("[data-role=analyst]")).isVisible();
    }
}
