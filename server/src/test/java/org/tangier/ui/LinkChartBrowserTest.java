package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.analysis.AnalysisFixtures;
import org.tangier.hits.Hits;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;
import org.w3c.dom.Document;

/**
 * The link chart in a real browser, in English and in Arabic (right to left): an analyst finds a person, draws it,
 * expands a node and sees its neighbours appear, then exports GraphML; a refused analyst's chart stops where its
 * agency's sight stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-chart-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class LinkChartBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void anAnalystExpandsANodeAndItsNeighboursAppear(String language) throws Exception {
        AnalysisFixtures net = new AnalysisFixtures(jdbc, null).build(records, hits);
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String analyst = agencies.user(net.allowed(), Role.ANALYST);

        Page page = login(analyst);
        drawTheFirstPerson(page, language, net);

        // the person and its one-hop neighbours: the phone and the other agency's possible duplicate
        assertThat(page.locator("[data-testid=node-count]")).hasText("3");
        assertThat(page.locator("[data-testid=chart-nodes] li[data-node='" + net.p3() + "']")).isVisible();
        page.click("[data-testid=chart-nodes] li[data-node='" + net.i1() + "'] button");
        assertThat(page.locator("[data-testid=chart-nodes] li[data-node='" + net.p2() + "']")).isVisible();
        assertThat(page.locator("[data-testid=node-count]")).hasText("4");

        // filtering by type hides the persons from the chart but keeps them listed
        page.uncheck("[data-testid=type-filter] input[value=person]");
        assertThat((Integer) page.evaluate("() => document.querySelectorAll('[data-testid=chart-nodes] li').length")).isEqualTo(4);

        Download graphml = page.waitForDownload(() -> page.click("[data-testid=export-graphml]"));
        String exported = Files.readString(graphml.path());
        assertThat(exported).contains("<graphml").contains(net.p2().toString()).contains("uses-phone");
        page.context().close();

        String stranger = agencies.user(net.refused(), Role.ANALYST);
        Page refused = login(stranger);
        drawTheFirstPerson(refused, language, net);
        // the person, the phone and the refused agency's own hit on the person; the hidden records never appear
        assertThat(refused.locator("[data-testid=node-count]")).hasText("3");
        refused.click("[data-testid=chart-nodes] li[data-node='" + net.i1() + "'] button");
        assertThat(refused.locator("[data-testid=node-count]")).hasText("3");
        assertThat(refused.locator("[data-testid=chart-nodes]")).not().containsText("Youssef");
        // its own hit is the chart's one dated event and its one place, shaded on the map
        assertThat(refused.locator("[data-testid=timeline] li[data-node='" + net.h1() + "']")).isVisible();
        assertThat(refused.locator("[data-testid=places]")).containsText("TNG-PORT");
        assertThat(refused.locator("[data-testid=map] path[data-country=MA]")).hasAttribute("fill", "#e0552f");
        refused.context().close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void anAnalystPinsSavesTheChartInAnOperationReopensItAndExportsGraphml(String language) throws Exception {
        AnalysisFixtures net = new AnalysisFixtures(jdbc, null).build(records, hits);
        UUID operation = AnalysisFixtures.operation(jdbc, "Operation Chergui " + net.surname(), net.allowed());
        String analyst = new TestAgencies(jdbc, null).user(net.allowed(), Role.ANALYST);

        Page page = login(analyst);
        drawTheFirstPerson(page, language, net);
        assertThat(page.locator("[data-testid=node-count]")).hasText("3");
        page.click("[data-testid=chart-nodes] li[data-node='" + net.i1() + "'] button[data-action=expand]");
        assertThat(page.locator("[data-testid=node-count]")).hasText("4");

        page.click("[data-testid=chart-nodes] li[data-node='" + net.p1() + "'] button[data-action=pin]");
        assertThat(page.locator("[data-testid=pinned-count]")).hasText("1");
        assertThat(page.locator("[data-testid=chart-nodes] li[data-node='" + net.p1() + "']")).hasClass("pinned");

        page.selectOption("[data-testid=save-operation]", operation.toString());
        page.fill("[data-testid=save-name]", "شبكة " + net.surname());
        page.click("[data-testid=save-chart]");
        assertThat(page.locator("[data-testid=save-status]")).containsText(net.surname());
        assertThat(page.locator("[data-testid=saved-charts] li")).hasCount(1);

        // a fresh page: the chart comes back from the operation, with its pin
        page.navigate("/analysis?lang=" + language);
        page.fill("[data-testid=purpose]", "case 7");
        page.selectOption("[data-testid=save-operation]", operation.toString());
        assertThat(page.locator("[data-testid=saved-charts] li")).hasCount(1);
        page.click("[data-testid=saved-charts] li button[data-action=open]");
        // the reopened chart, or the reason it could not be: waited for apart, since a loaded machine is slow
        page.waitForFunction("() => document.getElementById('node-count').value !== '0'"
                + " || !document.querySelector('[data-testid=chart-error]').hidden", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.locator("[data-testid=chart-error]")).isHidden();
        assertThat(page.locator("[data-testid=node-count]")).hasText("4");
        assertThat(page.locator("[data-testid=pinned-count]")).hasText("1");
        assertThat(page.locator("[data-testid=chart-nodes] li[data-node='" + net.p2() + "']")).isVisible();
        assertThat(page.locator("[data-testid=timeline]")).not().isEmpty();

        Download graphml = page.waitForDownload(() -> page.click("[data-testid=export-graphml]"));
        String exported = Files.readString(graphml.path());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength()).isEqualTo(4);
        assertThat(exported).contains(net.p2().toString()).contains("uses-phone");
        page.context().close();
    }

    /** Opens the chart page in the language, checks its direction, and draws the network's first person. */
    private static void drawTheFirstPerson(Page page, String language, AnalysisFixtures net) {
        page.navigate("/analysis?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("dir", language.equals("ar") ? "rtl" : "ltr");
        page.fill("[data-testid=purpose]", "case 7");
        page.fill("[data-testid=search-text]", "Mohammed " + net.surname());
        page.click("[data-testid=chart-search] button[type=submit]");
        page.click("[data-testid=search-results] button[data-entity='" + net.p1() + "']");
    }
}
