package org.tangier.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the browser tests: one headless Chromium per test class, pages on the server's random port, and the
 * login form filled the way a user does.
 */
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    private JdbcClient loginJdbc;

    @BeforeAll
    static void launchBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** A fresh browser context (no cookies) on this server. */
    protected Page page() {
        return browser.newPage("http://localhost:" + port);
    }

    /** Logs a user in with the test password and waits for the page the user lands on (home, or the check screen). */
    protected Page login(String username) {
        return login(username, TestAgencies.PASSWORD);
    }

    /** Password, then the one-time code of the test authenticator ({@link TestAgencies#TOTP_SECRET}). */
    protected Page login(String username, String password) {
        Page page = page();
        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit].primary");
        assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
        page.fill("#code", TestAgencies.code(loginJdbc, username));
        page.click("button[type=submit].primary");
        assertThat(page).hasURL(Pattern.compile(".*/(screening)?$"));
        return page;
    }
}
