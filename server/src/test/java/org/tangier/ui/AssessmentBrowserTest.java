package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/**
 * An analyst writes an assessment in Arabic (right to left) with a trend chart, a second analyst's colleague — a
 * reviewer — publishes it, and an analyst of the recipient agency reads it in Arabic and downloads the Arabic PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-assessment-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AssessmentBrowserTest extends BrowserTest {

    static final String TITLE = "تقييم تهديد شبكة التهريب";
    static final String TEXT = "ارتفعت عمليات العبور عبر الميناء هذا الربع.";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anArabicAssessmentIsWrittenPublishedReadAndPrinted() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("WA");
        String reader = agencies.agency("WR");

        Page author = login(agencies.user(owner, Role.ANALYST));
        author.navigate("/assessments?lang=ar");
        assertThat(author.locator("html")).hasAttribute("dir", "rtl");
        author.click("[data-testid=new-assessment]");
        assertThat(author.locator("[data-testid=title-ar]")).hasAttribute("dir", "rtl");
        author.fill("[data-testid=title-ar]", TITLE);
        author.fill("[data-testid=restriction]", "only:" + reader);
        author.fill("[data-testid=s0-heading-ar]", "الأحكام الرئيسية");
        author.fill("[data-testid=s0-text-ar]", TEXT);
        author.selectOption("[data-testid=s0-kind]", "trend-chart");
        author.click("[data-testid=save]");
        assertThat(author).hasURL(Pattern.compile(".*/assessments/[0-9a-f-]{36}$"));
        String url = author.url().replaceAll("^https?://[^/]+", "");
        assertThat(author.locator("[data-testid=assessment-title]")).hasText(TITLE);
        author.click("[data-testid=submit]");
        assertThat(author.locator("[data-testid=publish]")).hasCount(0);
        author.context().close();

        Page reviewer = login(agencies.user(owner, Role.REVIEWER));
        reviewer.navigate(url + "?lang=ar");
        reviewer.fill("[data-testid=review-note]", "تمت المراجعة");
        reviewer.click("[data-testid=publish]");
        assertThat(reviewer.locator("[data-testid=frozen]")).hasCount(1);
        reviewer.context().close();

        Page analyst = login(agencies.user(reader, Role.ANALYST));
        analyst.navigate("/assessments?lang=ar");
        analyst.click("[data-testid=assessment-list] a:has-text('" + TITLE + "')");
        analyst.click("[data-testid=doc-ar]");
        assertThat(analyst.locator("[data-testid=assessment]")).hasAttribute("dir", "rtl");
        assertThat(analyst.locator("[data-testid=assessment]")).containsText(TEXT);
        assertThat(analyst.locator("[data-testid=figure] img")).hasCount(1);
        Download download = analyst.waitForDownload(() -> analyst.click("[data-testid=pdf-link]"));
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("الميناء").contains("تهريب");
        }
        analyst.context().close();
    }
}
