package org.tangier.notices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestCallers;

/** A bureau officer drafts and submits a RED notice in the browser; a reviewer of OPS publishes it; both see it published. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tangier.db.url=jdbc:h2:mem:tangier-notice-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class NoticeBrowserTest extends BrowserTest {


    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;



    @Test
    void officerCreatesARedNoticeAndAnOpsReviewerPublishesIt() {
        String agency = NoticeFixtures.agency(jdbc, "B");
        NoticeFixtures.ensureAgency(jdbc, "OPS");
        String officer = NoticeFixtures.user(jdbc, agency, Role.BUREAU_OFFICER);
        String reviewer = NoticeFixtures.user(jdbc, "OPS", Role.REVIEWER);
        String surname = TestCallers.unique("Benali");
        NoticeFixtures.person(records, TestCallers.user(officer, agency, EnumSet.of(Role.BUREAU_OFFICER)),
                "Ahmed " + surname, "1986-09-14", "all");

        Page page = login(officer, NoticeFixtures.PASSWORD);
        page.navigate("/notices");
        page.click("[data-testid=new-notice]");
        page.selectOption("#type", "RED");
        page.check("[data-testid=restriction-all]"); // the form offers owner (deny by default): this notice is for every member
        page.fill("#summary", "Wanted for the armed robbery of a jewellery shop in Tangier on 3 January 2026.");
        page.fill("[name='f.RED.charges']", "Armed robbery (art. 507 of the penal code)");
        page.selectOption("[name='f.RED.legalBasis']", "arrest-warrant");
        page.fill("[name='f.RED.legalBasisReference']", "AW-2026/0042");
        page.fill("[name='f.RED.legalBasisDate']", "2026-01-10");
        page.fill("[name='f.RED.legalBasisAuthority']", "Investigating judge, Court of Appeal of Tangier");
        page.fill("[data-testid=subject-search]", surname);
        Locator candidate = page.locator("#subject-candidates label.subject").filter(new Locator.FilterOptions().setHasText(surname));
        assertThat(candidate).isVisible();
        candidate.locator("input").check();
        assertThat(page.locator("[data-testid=chosen-subjects]")).containsText(surname);
        page.click("[data-testid=save-draft]");

        assertThat(page).hasURL(Pattern.compile(".*/notices/[0-9a-f-]{36}$"));
        assertThat(page.locator("[data-testid=status]")).hasAttribute("data-status", "DRAFT");
        String reference = page.textContent("[data-testid=reference]").trim();
        String noticeUrl = page.url();
        page.click("[data-testid=submit]");
        assertThat(page.locator("[data-testid=status]")).hasAttribute("data-status", "SUBMITTED");

        Page review = login(reviewer, NoticeFixtures.PASSWORD);
        review.navigate("/notices/review");
        Locator card = review.locator("article.queue-item[data-reference='" + reference + "']");
        assertThat(card).isVisible();
        assertThat(card.locator(".checks")).containsText("No findings");
        card.locator("button.primary").click();
        assertThat(review.locator("[data-testid=flash]")).isVisible(); // the reviewer is told it worked
        assertThat(review.locator("article.queue-item[data-reference='" + reference + "']")).hasCount(0);
        review.navigate(noticeUrl);
        assertThat(review.locator("[data-testid=status]")).hasAttribute("data-status", "PUBLISHED");
        assertThat(review.locator("[data-testid=notice]")).containsText(surname);

        page.navigate(noticeUrl);
        assertThat(page.locator("[data-testid=status]")).hasAttribute("data-status", "PUBLISHED");
        assertThat(page.locator("[data-testid=history]")).containsText(reviewer);
        page.navigate("/notices?status=PUBLISHED&q=" + reference);
        assertThat(page.locator("[data-testid=notices] tr[data-reference='" + reference + "']")).isVisible();
    }

}
