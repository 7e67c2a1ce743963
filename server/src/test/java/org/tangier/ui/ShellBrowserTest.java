package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tangier.testing.BrowserTest;

/** The UI shell in a real browser: login with enrolment of a second factor, Arabic right to left, creating a user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tangier.bootstrap.admin-username=root.admin",
        "tangier.bootstrap.admin-password=browser-test-passphrase",
        "tangier.db.url=jdbc:h2:mem:tangier-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ShellBrowserTest extends BrowserTest {





    @Test
    void adminEnrolsSecondFactorSwitchesToArabicAndCreatesAUser() throws Exception {
        Page page = page();
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));

        page.fill("#username", "root.admin");
        page.fill("#password", "browser-test-passphrase");
        page.click("button[type=submit].primary");

        // an admin without a second factor is sent to enrolment first
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account/second-factor$"));
        assertThat(page.locator("img.qr")).isVisible();
        String secret = page.textContent("[data-testid=totp-secret]").trim();
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, System.currentTimeMillis() / 30_000);
        page.fill("#code", code);
        page.click("button[type=submit].primary");
        assertThat(page.locator("[data-role=platform-admin]")).isVisible();

        page.selectOption("[data-testid=language]", "ar");
        page.waitForURL(java.util.regex.Pattern.compile(".*lang=ar.*"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("h1")).containsText("مرحبًا");
        String direction = (String) page.evaluate("getComputedStyle(document.body).direction");
        assertThat(direction).isEqualTo("rtl");

        page.navigate("/admin/agencies/OPS");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.fill("#username", "ops.watch");
        page.fill("#password", "a long enough passphrase");
        page.check("input[name=roles][value=duty-officer]");
        page.click("[data-testid=new-user] button[type=submit]");
        assertThat(page.locator("[data-testid=users] tr[data-username='ops.watch']")).isVisible();
        assertThat(page.locator("[data-testid=users] tr[data-username='ops.watch']")).containsText("ضابط المناوبة");
    }
}
