package org.tangier.notices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.notices.internal.NoticeDraft;
import org.tangier.notices.internal.NoticeService;
import org.tangier.notices.internal.NoticeView;
import org.tangier.platform.Caller;
import org.tangier.platform.LocalFormat;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestCallers;

/**
 * The notice sheet shows the legal data a reviewer must check (charges, legal basis and its reference, date and
 * authority, penalty), on screen and in print, in English and in Arabic: dates the reader's way, the restriction as
 * a phrase of the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tangier.db.url=jdbc:h2:mem:tangier-notice-sheet-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class NoticeSheetBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    NoticeService notices;

    @Test
    void redNoticeShowsEveryLegalFieldOnScreenAndInPrintInEnglishAndArabic() {
        String agency = NoticeFixtures.agency(jdbc, "S");
        String officer = NoticeFixtures.user(jdbc, agency, Role.BUREAU_OFFICER);
        Caller caller = TestCallers.user(officer, agency, EnumSet.of(Role.BUREAU_OFFICER));
        UUID subject = NoticeFixtures.person(records, caller, "Karim Sheetfield", "1979-02-11", "all");
        Map<String, String> fields = new HashMap<>(NoticeFixtures.red(subject, "x").fields());
        fields.put("maximumPenalty", "Twenty years' imprisonment");
        NoticeView n = notices.create(caller, new NoticeDraft("RED", false, List.of(), "all", null,
                "Wanted for armed robbery.", fields, List.of(subject), null));

        Page page = login(officer, NoticeFixtures.PASSWORD);
        page.navigate("/notices/" + n.id());
        assertThat(page.locator("[data-field=charges]")).hasText("Armed robbery of a jewellery shop (art. 507 penal code)");
        assertThat(page.locator("[data-field=legalBasis]")).hasText("Arrest warrant");
        assertThat(page.locator("[data-field=legalBasisReference]")).hasText("AW-2026/114");
        LocalDate warrant = LocalDate.of(2026, 1, 12);
        assertThat(page.locator("[data-field=legalBasisDate]")).hasText(date(Locale.ENGLISH, warrant));
        assertThat(page.locator("[data-field=legalBasisDate] time")).hasAttribute("datetime", "2026-01-12");
        assertThat(page.locator("[data-testid=restriction]")).hasText("All member agencies");
        assertThat(page.locator("[data-field=legalBasisAuthority]")).hasText("Investigating judge, Court of Appeal of Tangier");
        assertThat(page.locator("[data-field=maximumPenalty]")).hasText("Twenty years' imprisonment");
        assertThat(page.locator(".notice-fields")).containsText("Charges");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("[data-field=charges]")).isVisible();
        assertThat(page.locator("[data-field=legalBasisReference]")).isVisible();
        assertThat(page.locator("[data-field=maximumPenalty]")).isVisible();
        assertThat(page.locator(".actions-panel")).isHidden();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.navigate("/notices/" + n.id() + "?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".notice-fields")).containsText("التهم");
        assertThat(page.locator(".notice-fields")).containsText("العقوبة القصوى");
        assertThat(page.locator("[data-field=legalBasisReference]")).hasText("AW-2026/114");
        // the Arabic date form, never the stored ISO form or the restriction's written form "all"
        assertThat(page.locator("[data-field=legalBasisDate]")).hasText(date(Locale.forLanguageTag("ar"), warrant));
        assertThat(page.locator("[data-field=legalBasisDate]")).not().hasText("2026-01-12");
        assertThat(page.locator("[data-testid=restriction]")).hasText("جميع الوكالات الأعضاء");

        String partner = NoticeFixtures.agency(jdbc, "P");
        NoticeView only = notices.create(caller, new NoticeDraft("RED", false, List.of(), "only:" + partner, null,
                "Wanted for armed robbery.", fields, List.of(subject), null));
        page.navigate("/notices/" + only.id() + "?lang=ar");
        assertThat(page.locator("[data-testid=restriction]")).hasText(partner + " فقط");
        page.navigate("/notices/" + only.id() + "?lang=fr");
        assertThat(page.locator("[data-testid=restriction]")).hasText("Uniquement " + partner);
        assertThat(page.locator("[data-field=legalBasisDate]")).hasText(date(Locale.FRENCH, warrant));
        page.navigate("/notices/" + n.id() + "?lang=ar");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("[data-field=legalBasisAuthority]")).isVisible();
        page.context().close();
    }

    private static String date(Locale language, LocalDate day) {
        return LocalFormat.of(language, ZoneOffset.UTC).date(day);
    }
}
