package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.tangier.TangierApplication;
import org.tangier.platform.Role;
import org.tangier.testing.Browser;
import org.tangier.testing.TestAgencies;

/**
 * The screenshot tour of the three daily workflows in each language, written to docs/tour/ with docs/tour.md linking
 * them: the border officer checks a traveller and opens the hit; the bureau officer records a person and drafts a RED
 * notice that a reviewer publishes; the coordination centre's duty officer opens a hit from the board. It runs the
 * server in demo mode on an in-memory database and drives the pages with Playwright, as a user does. Not a test (it
 * writes into the docs): rerun it by hand after a change to the pages.
 *
 * <pre>
 * ./mvnw -q -o -pl server -am test-compile -DskipTests
 * ./mvnw -q -o -pl server dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp server/target/test-classes:server/target/classes:$(cat /tmp/cp.txt) org.tangier.ui.WorkflowTour [--out=docs/tour] [--languages=en,ar]
 * </pre>
 *
 * Screenshots are JPEG (quality 70) of the 1280 x 800 viewport, so the whole tour stays under 5 MB.
 */
public final class WorkflowTour {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "fr", "Français", "es", "Español",
            "ar", "العربية");

    private final Browser browser;
    private final String baseUrl;
    private final JdbcClient jdbc;
    private final TestAgencies agencies;
    private final Path out;
    /** Per language, the screenshots taken: file name to caption. */
    private final Map<String, Map<String, String>> shots = new LinkedHashMap<>();

    private WorkflowTour(Browser browser, String baseUrl, JdbcClient jdbc, Path out) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
        this.agencies = new TestAgencies(jdbc, null);
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(option(args, "out", "docs/tour")).toAbsolutePath();
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("tangier-tour");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TangierApplication.class).run(
                "--server.port=0", "--tangier.demo.enabled=true", "--tangier.data-dir=" + data,
                "--tangier.db.url=jdbc:h2:mem:tangier-tour;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--tangier.coordination.agency=OPS", "--tangier.rate-limit.logins-per-address-per-minute=100000",
                "--tangier.web.time-zone=Africa/Casablanca", "--logging.level.root=WARN");
        try (Browser browser = new Browser()) {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            WorkflowTour tour = new WorkflowTour(browser, "http://localhost:" + port, context.getBean(JdbcClient.class), out);
            for (String language : option(args, "languages", String.join(",", LANGUAGES)).split(",")) {
                tour.run(language);
            }
            tour.writeIndex(out.resolveSibling("tour.md"));
        } finally {
            context.close();
            FileSystemUtils.deleteRecursively(data);
        }
        System.exit(0);
    }

    private void run(String language) throws IOException {
        shots.put(language, new LinkedHashMap<>());
        String border = agencies.user("MA", Role.BORDER_OFFICER);
        String bureau = agencies.user("MA", Role.BUREAU_OFFICER);
        String reviewer = agencies.user("OPS", Role.REVIEWER);
        String duty = agencies.user("OPS", Role.DUTY_OFFICER);

        // border officer: check -> hit
        Page page = login(border, language);
        page.navigate("/screening");
        page.fill("[name=name]", "Rachid Amrani");
        shoot(page, language, "border-1-check", "Border officer: the check screen");
        page.click("[data-testid=check]");
        assertThat(page.locator("[data-testid=verdict]")).isVisible();
        shoot(page, language, "border-2-verdict", "Border officer: the answer");
        page.navigate("/hits?box=caused");
        page.locator("[data-testid=hits] tbody tr a").first().click();
        assertThat(page.locator("[data-testid=hit-status]")).isVisible();
        shoot(page, language, "border-3-hit", "Border officer: the hit");
        page.context().close();

        // bureau officer: record -> notice; reviewer: review -> publish
        page = login(bureau, language);
        String surname = "Tour" + language.toUpperCase() + Long.toString(System.nanoTime() % 100000, 36);
        page.navigate("/records/new?type=person");
        page.fill("#name0", "Karim " + surname);
        page.fill("#name1", "كريم " + surname);
        page.selectOption("select[name=nameKind1]", "original-script");
        page.fill("#birthDates", "1984-05-17");
        page.fill("#nationalities", "MA");
        page.check("[data-testid=restriction-all]");
        shoot(page, language, "bureau-1-record-form", "Bureau officer: a new person record");
        page.click("[data-testid=record-form] button[type=submit]");
        assertThat(page).hasURL(Pattern.compile(".*/records/[0-9a-f-]{36}.*"));
        shoot(page, language, "bureau-2-record", "Bureau officer: the record");

        page.navigate("/notices/new");
        page.selectOption("#type", "RED");
        page.check("[data-testid=restriction-all]");
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
        shoot(page, language, "bureau-3-notice-form", "Bureau officer: a RED notice");
        page.click("[data-testid=save-draft]");
        assertThat(page).hasURL(Pattern.compile(".*/notices/[0-9a-f-]{36}.*"));
        String noticeUrl = page.url();
        page.click("[data-testid=submit]");
        assertThat(page.locator("[data-testid=status]")).hasAttribute("data-status", "SUBMITTED");
        shoot(page, language, "bureau-4-notice-submitted", "Bureau officer: the notice, submitted for review");
        String reference = page.textContent("[data-testid=reference]").trim();
        page.context().close();

        page = login(reviewer, language);
        page.navigate("/notices/review");
        Locator card = page.locator("article.queue-item[data-reference='" + reference + "']");
        assertThat(card).isVisible();
        card.scrollIntoViewIfNeeded();
        shoot(page, language, "bureau-5-review", "Reviewer: the review queue");
        card.locator("button.primary").click();
        assertThat(page.locator("[data-testid=flash]")).isVisible();
        page.navigate(noticeUrl);
        shoot(page, language, "bureau-6-published", "Reviewer: the published notice");
        page.context().close();

        // coordination centre: board -> hit
        page = login(duty, language);
        page.navigate("/board");
        assertThat(page.locator("[data-testid=board-hits]")).isVisible();
        shoot(page, language, "centre-1-board", "Duty officer: the coordination board");
        page.locator("[data-testid=board-hits] tr[data-hit] [data-testid=open-hit]").first().click();
        assertThat(page.locator("[data-testid=hit-status]")).isVisible();
        shoot(page, language, "centre-2-hit", "Duty officer: the hit, opened from the board");
        page.context().close();
    }

    private Page login(String username, String language) {
        Page page = browser.newPage(baseUrl);
        page.setViewportSize(1280, 800);
        page.navigate("/login?lang=" + language);
        page.fill("#username", username);
        page.fill("#password", TestAgencies.PASSWORD);
        page.click("button[type=submit].primary");
        assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
        page.fill("#code", TestAgencies.code(jdbc, username));
        page.click("button[type=submit].primary");
        assertThat(page).hasURL(Pattern.compile(".*/(screening)?$"));
        return page;
    }

    private void shoot(Page page, String language, String name, String caption) {
        String file = language + "-" + name + ".jpg";
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(file)).setType(ScreenshotType.JPEG).setQuality(70));
        shots.get(language).put(file, caption);
    }

    private void writeIndex(Path index) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Screenshot tour");
        lines.add("");
        lines.add("The three daily workflows in each language, on the demo data: the border officer checks a traveller and");
        lines.add("opens the hit; the bureau officer records a person and drafts a RED notice that a reviewer publishes; the");
        lines.add("coordination centre's duty officer opens a hit from the board. Made by `org.tangier.ui.WorkflowTour`");
        lines.add("(server/src/test/java; how to rerun it is in its comment) after every change to these pages.");
        lines.add("");
        for (Map.Entry<String, Map<String, String>> language : shots.entrySet()) {
            lines.add("## " + LANGUAGE_NAMES.get(language.getKey()));
            lines.add("");
            for (Map.Entry<String, String> shot : language.getValue().entrySet()) {
                lines.add("**" + shot.getValue() + "**");
                lines.add("");
                lines.add("![" + shot.getValue() + "](tour/" + shot.getKey() + ")");
                lines.add("");
            }
        }
        Files.write(index, lines);
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
