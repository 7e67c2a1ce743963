package org.tangier.analysis.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.analysis.EarlyWarningRaised;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * A warning raised by the early-warning sweep appears on the open coordination board of the agency it was raised
 * for, without a reload (server-sent event, then the list is fetched again); the board of an agency that may not see
 * those hits stays silent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-warning-board-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WarningBoardBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hits hits;
    @Autowired
    WarningSweep sweep;

    @Test
    void aRaisedWarningAppearsOnTheOwnersOpenBoardAndNotOnAStrangersBoard() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("WO");
        String checker = agencies.agency("WC");
        String stranger = agencies.agency("WX");
        String checkpoint = "WRN-" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase();

        Page board = login(agencies.user(owner, Role.DUTY_OFFICER));
        board.navigate("/board?lang=ar");
        assertThat(board.locator("[data-testid=board-warnings]")).not().containsText(checkpoint);
        Page other = login(agencies.user(stranger, Role.DUTY_OFFICER));
        other.navigate("/board");
        for (Page p : List.of(board, other)) { // a second listener on each board's stream counts the warnings pushed
            p.evaluate("() => { window.warningsPushed = 0; window.probe = new EventSource('/board/stream');"
                    + " window.probe.addEventListener('warning', () => window.warningsPushed++); }");
        }
        board.waitForTimeout(1000); // let the event streams connect

        Caller guard = TestCallers.user("w.guard", checker, EnumSet.of(Role.BORDER_OFFICER));
        for (int i = 0; i < 3; i++) {
            hits.raise(guard, new NewHit(new NewHit.Subject(UUID.randomUUID(), "person", owner, "Warned Subject", null),
                    new NewHit.Notice(UUID.randomUUID(), "RED"), "contact-owner", 0.97, "name",
                    new CheckContext("border check", "name=Warned Subject", checkpoint, "MA", "SN-MA")));
        }
        // the hits reach the trend tally after their commit; sweep until they are counted (the sweep flushes it)
        boolean raised = false;
        for (int attempt = 0; attempt < 40 && !raised; attempt++) {
            List<EarlyWarningRaised> found = sweep.sweep();
            raised = found.stream().anyMatch(w -> w.key().equals(checkpoint) && w.agency().equals(owner));
            if (!raised) {
                Thread.sleep(250);
            }
        }
        org.assertj.core.api.Assertions.assertThat(raised).as("the sweep raised the burst for the owner").isTrue();

        assertThat(board.locator("[data-testid=board-warnings]")).containsText(checkpoint);
        assertThat(board.locator("html")).hasAttribute("dir", "rtl");
        board.waitForFunction("() => window.warningsPushed > 0");
        // the stranger's stream heard nothing, and its board, loaded again, shows no such warning
        org.assertj.core.api.Assertions.assertThat(((Number) other.evaluate("() => window.warningsPushed")).intValue())
                .isZero();
        other.reload();
        assertThat(other.locator("[data-testid=board-warnings]")).not().containsText(checkpoint);
        board.context().close();
        other.context().close();
    }
}
