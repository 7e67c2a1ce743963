package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * Latin names, agency codes and references inside Arabic pages keep their order: each is isolated (bdi, dir="auto"),
 * so on a right-to-left line the item that comes first in the text is the rightmost, and a Latin user name stays to
 * the right of its agency code instead of running into one left-to-right block with it. The notice, hit, message and
 * board pages are screenshot in Arabic under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tangier.demo.enabled=true",
        "tangier.coordination.agency=OPS",
        "tangier.db.url=jdbc:h2:mem:tangier-mixed-direction;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class MixedDirectionBrowserTest extends BrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "arabic");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hits hits;
    @Autowired
    Messaging messaging;
    @Autowired
    TransactionTemplate tx;

    @Test
    void latinItemsOnArabicLinesStayInTheirOrder() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String checker = agencies.user("MA", Role.BORDER_OFFICER, Role.BUREAU_OFFICER);
        String duty = agencies.user("OPS", Role.DUTY_OFFICER);
        UUID record = jdbc.sql("select id from record where owner_agency = 'FR' order by created_at limit 1")
                .query(UUID.class).single();
        UUID hit = tx.execute(s -> hits.raise(TestCallers.user(checker, "MA", EnumSet.of(Role.BORDER_OFFICER)),
                new NewHit(new NewHit.Subject(record, "person", "FR", "Rachid AMRANI", null),
                        null, "arrest", 0.97, "name", new CheckContext("border check", "name=Rachid Amrani", "TNG", "MA"))));

        // hit: the note line is "time · writer (agency) · note"; the writer comes first, so it is right of the agency
        Page page = login(checker);
        page.navigate("/hits/" + hit + "?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.fill("textarea[name=note]", "تم التحقق من جواز السفر");
        page.locator("form[action$='/notes'] button[type=submit]").click();
        Locator note = page.locator("ul.notes li").last();
        assertThat(note).containsText("تم التحقق");
        BoundingBox at = box(note.locator("[data-testid=note-at]"));
        BoundingBox writer = box(note.locator("[data-testid=note-writer]"));
        BoundingBox agency = box(note.locator("[data-testid=note-agency]"));
        assertThat(sameLine(writer, agency)).isTrue();
        assertThat(writer.x).as("the writer, first in the text, is right of its agency").isGreaterThan(agency.x + agency.width);
        assertThat(at.x).as("the time, first on the line, is the rightmost").isGreaterThan(writer.x + writer.width);
        shoot(page, "hit");

        // message: "agency · user" of the sender
        UUID message = tx.execute(s -> messaging.sendPlatformNotice("FR", "test", Set.of("MA", "OPS"), Priority.FLASH,
                "Rachid AMRANI RED-FR-2026-000042", "Confirmer l'identité avant toute mesure.",
                List.of(new MessageLink(MessageLink.Kind.HIT, hit))));
        UUID thread = jdbc.sql("select thread_id from message where id = :id").param("id", message).query(UUID.class).single();
        page.navigate("/messages/threads/" + thread);
        BoundingBox sender = box(page.locator("[data-testid=sender-agency]").first());
        BoundingBox senderUser = box(page.locator("[data-testid=sender-user]").first());
        assertThat(sameLine(sender, senderUser)).isTrue();
        assertThat(sender.x).as("the sending agency, first in the text, is right of the user")
                .isGreaterThan(senderUser.x + senderUser.width);
        shoot(page, "message");

        // notice: a published demo notice, its reference left-to-right inside the Arabic sheet
        String notice = jdbc.sql("select id from notice where status = 'PUBLISHED' and restriction_kind = 'ALL' limit 1")
                .query(String.class).single();
        page.navigate("/notices/" + notice);
        Locator reference = page.locator("[data-testid=reference]");
        assertThat(reference).hasAttribute("dir", "ltr");
        assertThat(reference).hasText(Pattern.compile("^[A-Z]+-[A-Z]+-\\d{4}-\\d{6}$"));
        Locator history = page.locator("[data-testid=history] tr").first();
        BoundingBox actor = box(history.locator("[data-testid=history-actor]"));
        BoundingBox actorAgency = box(history.locator("[data-testid=history-agency]"));
        assertThat(actor.x).as("the actor, first in the text, is right of its agency")
                .isGreaterThan(actorAgency.x + actorAgency.width);
        shoot(page, "notice");
        page.context().close();

        // board: the hit's owner and checker, and the message line "subject · sender · time"
        Page board = login(duty);
        board.navigate("/board?lang=ar");
        Locator row = board.locator("[data-testid=board-hits] tr[data-hit='" + hit + "']");
        assertThat(row).isVisible();
        Locator line = board.locator("[data-testid=board-messages] li").filter(
                new Locator.FilterOptions().setHasText("RED-FR-2026-000042"));
        BoundingBox subject = box(line.locator("a"));
        BoundingBox from = box(line.locator("[data-testid=board-message-sender]"));
        assertThat(sameLine(subject, from)).isTrue();
        assertThat(subject.x).as("the subject, first in the text, is right of its sender")
                .isGreaterThan(from.x + from.width);
        shoot(board, "board");

        // and Arabic inside Latin: on the English board an Arabic subject stays left of its sender, in one line
        tx.execute(s -> messaging.sendPlatformNotice("FR", "test", Set.of("OPS"), Priority.FLASH,
                "رشيد العمراني 2026", "تأكد من الهوية.", List.of(new MessageLink(MessageLink.Kind.HIT, hit))));
        board.navigate("/board?lang=en");
        assertThat(board.locator("html")).hasAttribute("dir", "ltr");
        Locator arabicLine = board.locator("[data-testid=board-messages] li").filter(
                new Locator.FilterOptions().setHasText("رشيد العمراني"));
        BoundingBox arabicSubject = box(arabicLine.locator("a"));
        BoundingBox arabicFrom = box(arabicLine.locator("[data-testid=board-message-sender]"));
        assertThat(sameLine(arabicSubject, arabicFrom)).isTrue();
        assertThat(arabicSubject.x + arabicSubject.width).as("the Arabic subject, first in the text, is left of its sender")
                .isLessThan(arabicFrom.x);
        shoot(board, "board-english");
        board.context().close();
    }

    private static BoundingBox box(Locator locator) {
        BoundingBox box = locator.boundingBox();
        assertThat(box).as("%s is displayed", locator).isNotNull();
        return box;
    }

    private static boolean sameLine(BoundingBox a, BoundingBox b) {
        return Math.abs((a.y + a.height / 2) - (b.y + b.height / 2)) < Math.max(a.height, b.height) / 2;
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
