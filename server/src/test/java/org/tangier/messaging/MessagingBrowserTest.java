package org.tangier.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** Messaging and operations in a real browser: compose, the recipient's inbox, receipts, a live flash message. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-messaging-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class MessagingBrowserTest extends BrowserTest {


    @Autowired
    JdbcClient jdbc;
    @Autowired
    Messaging messaging;



    @Test
    void aComposedMessageReachesTheRecipientsInboxAndAFlashMessageArrivesLive() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String sender = agencies.agency("BS");
        String recipient = agencies.agency("BR");
        String writer = agencies.user(sender, Role.BUREAU_OFFICER);
        String reader = agencies.user(recipient, Role.DUTY_OFFICER);

        Page out = login(writer);
        out.navigate("/messages/new");
        out.selectOption("#recipients", recipient);
        out.fill("#subject", "Forged passports in transit");
        out.fill("#body", "Two travellers, ferry from Algeciras, Thursday.");
        out.selectOption("#priority", "urgent");
        out.selectOption("#handlingCode", "H1");
        out.setInputFiles("#attachments", new FilePayload("manifest.txt", "text/plain",
                "Seat 12A, seat 12B".getBytes(StandardCharsets.UTF_8)));
        out.click("[data-testid=compose] button[type=submit]");
        assertThat(out.locator("[data-testid=notice]")).isVisible();
        assertThat(out.locator("[data-testid=body]")).hasText("Two travellers, ferry from Algeciras, Thursday.");

        // a file that is not what its name says is refused, and what was typed stays
        out.navigate("/messages/new");
        out.selectOption("#recipients", recipient);
        out.fill("#subject", "Keep this subject");
        out.fill("#body", "and this body");
        out.setInputFiles("#attachments", new FilePayload("photo.png", "image/png",
                "not an image at all".getBytes(StandardCharsets.UTF_8)));
        out.click("[data-testid=compose] button[type=submit]");
        assertThat(out.locator("[data-testid=problem]")).containsText("attachments[0]");
        assertThat(out.locator("#subject")).hasValue("Keep this subject");

        Page in = login(reader);
        in.navigate("/messages");
        assertThat(in.locator("[data-testid=messages]")).containsText("Forged passports in transit");
        assertThat(in.locator("[data-testid=messages]")).not().containsText("Keep this subject");

        // the inbox is open: a flash message arrives without a reload
        messaging.send(TestCallers.user("duty", sender, EnumSet.of(Role.DUTY_OFFICER)), new MessageDraft(Set.of(recipient),
                "Imminent crossing", "Now", Priority.FLASH, HandlingCode.H3, List.of(), List.of(), null));
        assertThat(in.locator("#live-messages")).containsText("FLASH");
        in.click("#live-messages a");
        assertThat(in.locator("[data-testid=body]")).hasText("Now");

        in.navigate("/messages");
        in.click("text=Forged passports in transit");
        assertThat(in.locator("[data-testid=body]")).hasText("Two travellers, ferry from Algeciras, Thursday.");
        assertThat(in.locator("a", new Page.LocatorOptions().setHasText("manifest.txt"))).isVisible();

        out.navigate("/messages/sent");
        assertThat(out.locator("[data-testid=messages]")).containsText("read by " + recipient);

        // replies and the Arabic layout render
        in.navigate("/messages?lang=ar");
        assertThat(in.locator("html")).hasAttribute("dir", "rtl");
        out.context().close();
        in.context().close();
    }

    @Test
    void theLeadCreatesAnOperationThatAnInvitedAgencyAcceptsAndAnOutsiderCannotOpen() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String lead = agencies.agency("BL");
        String partner = agencies.agency("BP");
        String outsider = agencies.agency("BX");
        Page leader = login(agencies.user(lead, Role.BUREAU_OFFICER));
        leader.navigate("/operations");
        leader.fill("#name", "Operation Sirocco");
        leader.fill("#objective", "Locate the stolen lorries");
        leader.fill("#participants-picker", partner); // participants are chosen from the member agencies
        leader.click("[data-testid=picker-option][data-id='" + partner + "']");
        leader.click("[data-testid=operation-form] button[type=submit]");
        assertThat(leader.locator("h1")).containsText("Operation Sirocco");
        String url = leader.url();
        leader.fill("textarea[name=text]", "Border posts alerted");
        leader.click("text=Add note");
        assertThat(leader.locator("[data-testid=timeline]")).containsText("Border posts alerted");

        Page friend = login(agencies.user(partner, Role.BUREAU_OFFICER));
        friend.navigate("/operations");
        friend.click("text=Accept");
        assertThat(friend.locator("[data-testid=timeline]")).containsText("Border posts alerted");

        Page stranger = login(agencies.user(outsider, Role.BUREAU_OFFICER));
        stranger.navigate(url);
        assertThat(stranger.locator("body")).not().containsText("Operation Sirocco");
        leader.context().close();
        friend.context().close();
        stranger.context().close();
    }

}
