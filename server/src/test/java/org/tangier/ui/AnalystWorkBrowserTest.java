package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.analysis.AnalysisFixtures;
import org.tangier.hits.Hits;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/**
 * The analyst's work end to end, in Arabic: draw a link chart, save it in an operation, write an assessment whose
 * figures are that saved chart and a hit trend, have a reviewer of the agency publish it (figures frozen), then read
 * it right to left and download the Arabic PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-analyst-work-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AnalystWorkBrowserTest extends BrowserTest {

    static final String[] TITLE = {"تقييم", "شبكة", "الموانئ"};
    static final String TEXT = "يربط المخطط المحفوظ الشخص بهاتفه وبسجل مكرر لدى وكالة أخرى.";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;

    @Test
    void aSavedChartBecomesAFigureOfAPublishedArabicAssessment() throws Exception {
        AnalysisFixtures net = new AnalysisFixtures(jdbc, null).build(records, hits);
        UUID operation = AnalysisFixtures.operation(jdbc, "Operation Sirocco " + net.surname(), net.allowed());
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String title = String.join(" ", TITLE);

        // 1. the chart: the person, expanded through the phone to the other agency's possible duplicate, saved
        Page analyst = login(agencies.user(net.allowed(), Role.ANALYST));
        analyst.navigate("/analysis?lang=ar");
        assertThat(analyst.locator("html")).hasAttribute("dir", "rtl");
        analyst.fill("[data-testid=purpose]", "case 9");
        analyst.fill("[data-testid=search-text]", "Mohammed " + net.surname());
        analyst.click("[data-testid=chart-search] button[type=submit]");
        analyst.click("[data-testid=search-results] button[data-entity='" + net.p1() + "']");
        assertThat(analyst.locator("[data-testid=node-count]")).hasText("3");
        analyst.click("[data-testid=chart-nodes] li[data-node='" + net.i1() + "'] button[data-action=expand]");
        assertThat(analyst.locator("[data-testid=node-count]")).hasText("4");
        analyst.selectOption("[data-testid=save-operation]", operation.toString());
        analyst.fill("[data-testid=save-name]", "شبكة " + net.surname());
        analyst.click("[data-testid=save-chart]");
        assertThat(analyst.locator("[data-testid=saved-charts] li")).hasCount(1);
        String chart = analyst.locator("[data-testid=saved-charts] li [data-testid=chart-id]").textContent();
        assertThat(UUID.fromString(chart)).isNotNull();

        // 2. the assessment: the saved chart in the first section, then (on editing) a hit trend in the second
        analyst.navigate("/assessments?lang=ar");
        analyst.click("[data-testid=new-assessment]");
        analyst.fill("[data-testid=title-ar]", title);
        analyst.fill("[data-testid=restriction]", "all");
        analyst.fill("[data-testid=s0-heading-ar]", "الشبكة");
        analyst.fill("[data-testid=s0-text-ar]", TEXT);
        analyst.selectOption("[data-testid=s0-kind]", "saved-chart");
        analyst.fill("[data-testid=s0-chart]", chart);
        analyst.click("[data-testid=save]");
        assertThat(analyst).hasURL(Pattern.compile(".*/assessments/[0-9a-f-]{36}$"));
        String url = analyst.url().replaceAll("^https?://[^/]+", "");
        assertThat(analyst.locator("[data-testid=figure] img")).hasCount(1);
        analyst.click("[data-testid=edit]");
        // the edit form comes back filled with what was saved
        assertThat(analyst.locator("[data-testid=title-ar]")).hasValue(title);
        assertThat(analyst.locator("[data-testid=s0-text-ar]")).hasValue(TEXT);
        assertThat(analyst.locator("[data-testid=s0-chart]")).hasValue(chart);
        analyst.fill("[data-testid=s1-heading-ar]", "الاتجاه");
        analyst.selectOption("[data-testid=s1-kind]", "trend-chart");
        analyst.click("[data-testid=save]");
        analyst.waitForLoadState();
        assertThat(analyst.locator("[data-testid=problem]").allTextContents()).as("the edit is saved").isEmpty();
        assertThat(analyst.locator("[data-testid=figure] img")).hasCount(2);
        analyst.click("[data-testid=submit]");
        assertThat(analyst.locator("[data-testid=publish]")).hasCount(0);
        analyst.context().close();

        // 3. a reviewer of the agency approves and publishes: the figures are frozen with the version
        Page reviewer = login(agencies.user(net.allowed(), Role.REVIEWER));
        reviewer.navigate(url + "?lang=ar");
        reviewer.fill("[data-testid=review-note]", "تمت المراجعة");
        reviewer.click("[data-testid=publish]");
        assertThat(reviewer.locator("[data-testid=frozen]")).not().hasCount(0);

        // 4. the published document, right to left, with both figures; and its Arabic PDF
        reviewer.navigate(url + "?lang=ar");
        reviewer.click("[data-testid=doc-ar]");
        assertThat(reviewer.locator("html")).hasAttribute("dir", "rtl");
        assertThat(reviewer.locator("[data-testid=assessment]")).hasAttribute("dir", "rtl");
        assertThat(reviewer.locator("[data-testid=assessment-title]")).hasText(title);
        assertThat(reviewer.locator("[data-testid=assessment]")).containsText(TEXT);
        assertThat(reviewer.locator("[data-testid=figure] img")).hasCount(2);
        Download download = reviewer.waitForDownload(() -> reviewer.click("[data-testid=pdf-link]"));
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            for (String word : TITLE) {
                assertThat(text).as("the Arabic title's words in the PDF text").contains(word);
            }
        }
        reviewer.context().close();
    }
}
