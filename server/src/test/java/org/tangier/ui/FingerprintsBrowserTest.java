package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/** Fingerprints in a real browser: enrol on a person, search from a border post, examine a possible match. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-prints-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class FingerprintsBrowserTest extends BrowserTest {

    static final Path PRINTS = Path.of("../biometrics/src/test/resources/fingerprints");

    @Autowired
    JdbcClient jdbc;



    @Test
    void enrolSearchHitAndExamine() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("BO");
        String border = agencies.agency("BB");
        String officer = agencies.user(owner, Role.BUREAU_OFFICER);
        String guard = agencies.user(border, Role.BORDER_OFFICER);

        Page page = login(officer);
        page.navigate("/records/new?type=person");
        page.fill("#name0", "Printed Person");
        page.click("[data-testid=record-form] button[type=submit]");
        page.click("a[href*='/biometrics/persons/']");
        page.setInputFiles("#image", PRINTS.resolve("probe.png"));
        page.selectOption("#position", "2");
        page.fill("#source", "live scan");
        page.click("[data-testid=enrol] button[type=submit]");
        assertThat(page.locator("[data-testid=enrolled]")).isVisible();
        assertThat(page.locator("[data-testid=prints] img")).hasCount(1);
        String personId = page.url().replaceAll(".*/biometrics/persons/", "");

        Page guardPage = login(guard);
        guardPage.navigate("/biometrics/search?lang=fr");
        guardPage.setInputFiles("#image", PRINTS.resolve("matching.png"));
        guardPage.fill("#purpose", "contrôle frontière");
        guardPage.click("[data-testid=search] button[type=submit]");
        assertThat(guardPage.locator(".verdict")).hasText("CONCORDANCE");
        guardPage.context().close();

        jdbc.sql("""
                insert into fingerprint_match (id, probe_kind, probe_position, candidate_person_id, candidate_print_id, score,
                  outcome, status, searching_agency, purpose, created_at, created_by, probe_image, probe_format)
                values (:id, 'SEARCH', 0, :p, (select f.id from fingerprint f where f.person_id = :p), 30.0, 'POSSIBLE',
                  'PENDING', :a, 'border check', :t, 'test', :img, 'PNG')""")
                .param("id", UUID.randomUUID()).param("p", UUID.fromString(personId)).param("a", border)
                .param("t", Timestamp.from(Instant.now())).param("img", read("nonmatching.png")).update();
        page.navigate("/biometrics/matches");
        assertThat(page.locator(".side-by-side img")).hasCount(2);
        page.fill("input[name=note]", "different core");
        page.click("button[name=confirm][value=false]");
        assertThat(page.locator(".alert.info")).isVisible();
        assertThat(page.locator("article.match")).hasCount(0);
    }

    private static byte[] read(String name) {
        try {
            return java.nio.file.Files.readAllBytes(PRINTS.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
