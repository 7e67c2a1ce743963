package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.notices.internal.NoticeDraft;
import org.tangier.notices.internal.NoticeService;
import org.tangier.notices.internal.NoticeView;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * The bureau officer's and duty officer's pages in a real browser, in English and in Arabic: what waits on the home
 * page, the record list's totals and paging, a double click that makes one record, records and agencies chosen by
 * search, the owner's view of who screened its record, and a board whose rows open the hit and count down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tangier.db.url=jdbc:h2:mem:tangier-bureau-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tangier.coordination.agency=CCBUREAU"})
class BureauBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    NoticeService notices;

    private static Caller officer(String agency) {
        return TestCallers.user(TestCallers.unique("officer"), agency, EnumSet.of(Role.BUREAU_OFFICER));
    }

    private RecordView person(String agency, String name, String restriction) {
        return records.create(officer(agency), new RecordDraft(new PersonDetails(
                List.of(new PersonDetails.Name(name, null, "primary")), "M", List.of("1980-01-01"), null, List.of("MA"),
                List.of(), List.of(), null), restriction, null, null));
    }

    private UUID hit(String owner, String checker, RecordView subject, String checkpoint) {
        UUID id = tx.execute(s -> hits.raise(TestCallers.user("guard", checker, EnumSet.of(Role.BORDER_OFFICER)),
                new NewHit(new NewHit.Subject(subject.id(), "person", owner, subject.caption(), subject.caption()),
                        new NewHit.Notice(UUID.randomUUID(), "RED"), "arrest", 0.97, "name",
                        new CheckContext("border check", "name=x", checkpoint, "MA"))));
        jdbc.sql("update hit set notified_at = current_timestamp where id = :id").param("id", id).update();
        return id;
    }

    @Test
    void homePageShowsWhatWaitsInEnglishAndArabic() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("HW");
        String checker = agencies.agency("HC");
        hit(owner, checker, person(owner, "Home Waiting", "all"), "TNG");
        String user = agencies.user(owner, Role.BUREAU_OFFICER);

        Page page = login(user);
        assertThat(page.locator("[data-waiting='/hits'] .count")).hasText("1");
        assertThat(page.locator("[data-waiting='/hits']")).containsText("hits to acknowledge");
        assertThat(page.locator("[data-waiting='/messages'] .count")).hasText("0");
        page.click("[data-waiting='/hits'] a");
        assertThat(page).hasURL(Pattern.compile(".*/hits$"));

        page.navigate("/?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("[data-waiting='/hits']")).containsText("تطابقات تنتظر الإقرار");
        page.context().close();
    }

    @Test
    void recordListHasTotalsAndPagingAndADoubleClickMakesOneRecord() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("PG");
        for (int i = 0; i < 25; i++) {
            person(owner, "Paged Person " + i, "owner");
        }
        Page page = login(agencies.user(owner, Role.BUREAU_OFFICER));
        page.navigate("/records?mine=true&size=10");
        assertThat(page.locator("[data-testid=record-totals]")).hasText("1–10 of 25 records");
        assertThat(page.locator("[data-testid=records] tbody tr")).hasCount(10);
        page.click("[data-testid=next-page]");
        assertThat(page.locator("[data-testid=record-totals]")).hasText("11–20 of 25 records");
        page.click("[data-testid=next-page]");
        assertThat(page.locator("[data-testid=records] tbody tr")).hasCount(5);
        assertThat(page.locator("[data-testid=next-page]")).hasCount(0);

        page.navigate("/records?mine=true&size=10&page=1&lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("[data-testid=record-pager]")).containsText("الصفحة 2 من 3");
        assertThat(page.locator("[data-testid=record-totals]")).containsText("25");

        page.navigate("/records/new?type=person&lang=en");
        page.fill("#name0", "Double Clicked");
        page.locator("[data-testid=record-form] button[type=submit]").dblclick();
        assertThat(page).hasURL(Pattern.compile(".*/records/[0-9a-f-]{36}$"));
        assertThat(jdbc.sql("select count(*) from record where caption = 'Double Clicked' and owner_agency = :o")
                .param("o", owner).query(Long.class).single()).isEqualTo(1);
        page.context().close();
    }

    @Test
    void restrictionsAndLinkedRecordsAreChosenBySearchInEnglishAndArabic() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("PK");
        String partner = agencies.agency("PP");
        String other = agencies.agency("PX");
        RecordView target = person(owner, "Linkable Qasimi", "owner");
        Page page = login(agencies.user(owner, Role.BUREAU_OFFICER));

        page.navigate("/records/new?type=person");
        page.fill("#name0", "Restricted Picker");
        page.check("[data-testid=restriction-except]");
        page.check("input[data-agency='" + other + "']");
        page.click("[data-testid=record-form] button[type=submit]");
        assertThat(page.locator("[data-testid=restriction]")).hasText("except:" + other);

        // link the new record to another, found by name, shown by caption and reference, never by its id
        page.fill("#to-picker", "Qasimi");
        page.click("[data-testid=picker-option][data-id='" + target.id() + "']");
        assertThat(page.locator("[data-testid=picker-chosen]")).containsText("Linkable Qasimi");
        assertThat(page.locator("[data-testid=picker-chosen]")).containsText("person · " + owner);
        page.click("form[action$='/links'] button[type=submit]");
        assertThat(page.locator("a[href='/records/" + target.id() + "']").first()).hasText("Linkable Qasimi");

        page.navigate("/records/new?type=person&lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("[data-testid=restriction-picker]")).containsText("هذه الجهات فقط");
        page.check("[data-testid=restriction-only]");
        assertThat(page.locator("input[data-agency='" + partner + "']")).isVisible();
        page.context().close();
    }

    @Test
    void theOwnerSeesWhoScreenedItsRecordInEnglishAndArabic() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = agencies.agency("AO");
        String checker = agencies.agency("AC");
        RecordView record = person(owner, "Screened Subject", "all");
        Caller guard = TestCallers.user("guard", checker, EnumSet.of(Role.BORDER_OFFICER));
        audit.record(AuditActor.of(guard), new AuditEvent("screening.check", "check", UUID.randomUUID().toString(),
                "border control", AuditEvent.Outcome.SUCCESS, "HIT, 1 match(es), records " + record.id() + ", at TNG"));

        Page page = login(agencies.user(owner, Role.BUREAU_OFFICER));
        page.navigate("/records/" + record.id());
        page.click("[data-testid=accesses-link]");
        assertThat(page.locator("[data-testid=screened-by]")).containsText(checker);
        assertThat(page.locator("[data-testid=accesses] tr[data-kind=screened]")).containsText("border control");
        page.navigate("/records/" + record.id() + "/accesses?lang=ar");
        assertThat(page.locator("h1")).hasText("من فحص هذا السجل أو اطلع عليه");
        assertThat(page.locator("[data-testid=screened-by]")).containsText(checker);
        page.context().close();
    }

    @Test
    void boardRowsOpenTheHitAndCountDownInEnglishAndArabic() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        jdbc.sql("insert into agency (code, name, kind, active, created_at) select 'CCBUREAU', 'Centre', 'INTERNATIONAL_BODY',"
                + " true, current_timestamp where not exists (select 1 from agency where code = 'CCBUREAU')").update();
        String owner = agencies.agency("BO");
        String checker = agencies.agency("BK");
        RecordView subject = person(owner, "Board Subjectname", "all");
        UUID hit = hit(owner, checker, subject, "MA TNG");

        Page page = login(agencies.user("CCBUREAU", Role.DUTY_OFFICER));
        assertThat(page.locator("[data-waiting='/board'] .count")).not().hasText("0"); // the home page sends them on
        page.navigate("/board");
        var row = page.locator("[data-testid=board-hits] tr[data-hit='" + hit + "']");
        assertThat(row.locator("[data-testid=subject]")).hasText("Board Subjectname");
        assertThat(row.locator("[data-testid=where]")).containsText("MA TNG");
        assertThat(row.locator("[data-testid=countdown]")).hasText(Pattern.compile("in \\d+ minutes?|in \\d+ hours?"));
        assertThat(page.locator("[data-testid=hit-map] path[data-country=MA]")).not().hasAttribute("fill", "#e3e7ee");
        row.locator("[data-testid=open-hit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/hits/" + hit + "$"));
        assertThat(page.locator("main")).containsText("Board Subjectname");

        page.navigate("/board?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("[data-testid=board-hits] tr[data-hit='" + hit + "'] [data-testid=countdown]"))
                .hasText(Pattern.compile("خلال"));
        page.context().close();
    }

    @Test
    void aMessageLinksARecordChosenBySearchAndNamesItInEnglishAndArabic() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String sender = agencies.agency("MS");
        String recipient = agencies.agency("MR");
        RecordView linked = person(sender, "Messaged Benjelloun", "all");
        Page page = login(agencies.user(sender, Role.BUREAU_OFFICER));
        page.navigate("/messages/new");
        page.selectOption("#recipients", recipient);
        page.fill("#subject", "About a wanted person");
        page.fill("#body", "See the linked record.");
        page.fill("#links-picker", "Benjelloun");
        page.click("[data-testid=picker-option][data-id='" + linked.id() + "']");
        assertThat(page.locator("[data-testid=picker-chosen]")).containsText("Messaged Benjelloun");
        page.click("[data-testid=compose] button[type=submit]");
        assertThat(page.locator("[data-testid=body]")).hasText("See the linked record.");
        var link = page.locator("a[data-ref=record][data-ref-id='" + linked.id() + "']");
        assertThat(link).hasAttribute("data-named", "true");
        assertThat(link).containsText("Messaged Benjelloun");
        assertThat(link).containsText("person · " + sender);
        assertThat(page.locator("main")).not().containsText(linked.id().toString());

        String thread = page.url().replaceAll("#.*$", "");
        page.navigate(thread + (thread.contains("?") ? "&" : "?") + "lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("a[data-ref=record][data-ref-id='" + linked.id() + "']")).containsText("Messaged Benjelloun");
        page.context().close();
    }

    @Test
    void anOperationWatchesARecordAndLinksANoticeChosenBySearchInEnglishAndArabic() {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String lead = agencies.agency("OL");
        Caller officer = officer(lead);
        RecordView watched = person(lead, "Watched Alaoui", "all");
        NoticeView notice = notices.create(officer, new NoticeDraft("BLUE", false, List.of(), "all", null,
                "Locate the driver of the stolen lorries", Map.of("informationSought", "Whereabouts"),
                List.of(watched.id()), null));
        Page page = login(agencies.user(lead, Role.BUREAU_OFFICER));
        page.navigate("/operations");
        page.fill("#name", "Operation Nakhla");
        page.fill("#objective", "Find the lorries");
        page.click("[data-testid=operation-form] button[type=submit]");
        assertThat(page.locator("h1")).containsText("Operation Nakhla");

        page.fill("#watch-record-picker", "Alaoui");
        page.click("[data-testid=picker-option][data-id='" + watched.id() + "']");
        page.click("form[action$='/watch'] button[type=submit]");
        assertThat(page.locator("[data-testid=watch-list]")).containsText("Watched Alaoui");

        page.fill("#link-target-picker", notice.reference());
        page.click("[data-testid=picker-option][data-id='" + notice.id() + "']");
        page.click("form[action$='/links'] button[type=submit]");
        var link = page.locator("[data-testid=timeline] a[data-ref=notice][data-ref-id='" + notice.id() + "']");
        assertThat(link).hasAttribute("data-named", "true");
        assertThat(link).containsText(notice.reference());

        page.navigate(page.url().replaceAll("[?#].*$", "") + "?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("[data-testid=timeline] a[data-ref=notice][data-ref-id='" + notice.id() + "']"))
                .containsText(notice.reference());
        page.context().close();
    }
}
