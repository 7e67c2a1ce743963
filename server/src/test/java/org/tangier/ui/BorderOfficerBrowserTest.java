package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Role;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/**
 * A border officer's shift in a real browser, in English and in Arabic: lands on the check screen, types a local
 * date, sees what is needed before acting on a HIT, reports the action; a broken MRZ warns beside the verdict; a
 * POSSIBLE is verified into a hit in one click; a manifest lists its hit, possible and unscreened rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-border-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class BorderOfficerBrowserTest extends BrowserTest {

    static final String BROKEN_MRZ = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10";
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    ScreeningFixtures fixtures() {
        return new ScreeningFixtures(jdbc, records, events, tx);
    }

    @Test
    void anOfficerLandsOnTheCheckScreenTypesALocalDateAndActsOnAHitInEnglish() {
        ScreeningFixtures fixtures = fixtures();
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = fixtures.agency("BO");
        String checker = agencies.agency("BK");
        String name = "Karim " + ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "all", name, "1980-12-31", "MA",
                new PersonDetails.Identifier("passport", "QA1234567", "MA"));
        NoticeInForce notice = fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
        String officer = agencies.user(checker, Role.BORDER_OFFICER);

        Page page = login(officer);
        assertThat(page).hasURL(Pattern.compile(".*/screening$"));
        page.fill("[data-testid=checkpoint]", "TNG-PORT-3");
        page.fill("[data-testid=probe]", name);
        page.fill("[data-testid=birth-date]", "31/12/1980");
        page.click("[data-testid=check]");
        assertThat(page.locator("[data-testid=verdict]")).hasAttribute("data-outcome", "HIT");
        assertThat(page.locator("[data-testid=instruction]")).containsText("Arrest");
        assertThat(page.locator("[data-testid=subject-birth-dates]")).hasText("1980-12-31");
        assertThat(page.locator("[data-testid=subject-nationalities]")).hasText("MA");
        assertThat(page.locator("[data-testid=subject-identifiers]")).containsText("QA1234567");
        assertThat(page.locator("[data-testid=notice-reference]")).hasText(notice.reference());
        assertThat(page.locator("[data-testid=match-how]")).containsText("name");

        page.click("[data-testid=hit-link]");
        assertThat(page).hasURL(Pattern.compile(".*/hits/[0-9a-f-]{36}$"));
        assertThat(page.locator("[data-testid=hit-actions] button")).hasCount(1);
        assertThat(page.locator("[data-testid=sighting]")).hasCount(1);
        assertThat(page.locator("[data-testid=sighting]")).containsText("TNG-PORT-3");
        page.fill("[data-testid=note-action-taken]", "detained at the port, owner called");
        page.click("[data-testid=move-action-taken]");
        assertThat(page.locator("[data-testid=action-taken-at]")).isVisible();
        assertThat(page.locator("[data-testid=hit-status]")).hasText("New");
        assertThat(page.locator("[data-testid=no-actions]")).isVisible();

        page.navigate("/screening");
        assertThat(page.locator("[data-testid=checkpoint]")).hasValue("TNG-PORT-3");
        page.context().close();
    }

    @Test
    void aBrokenMrzWarnsAndAPossibleIsVerifiedIntoAHitInArabic() {
        ScreeningFixtures fixtures = fixtures();
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = fixtures.agency("BP");
        String checker = agencies.agency("BQ");
        String name = "Tarek " + ScreeningFixtures.uniqueNamePart();
        RecordView listed = fixtures.person(owner, "all", name, "1966-07-21", "MA");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, listed.id());
        String officer = agencies.user(checker, Role.BORDER_OFFICER);

        Page page = login(officer);
        page.navigate("/screening?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.fill("[data-testid=probe]", BROKEN_MRZ);
        page.click("[data-testid=check]");
        assertThat(page.locator("[data-testid=verdict]")).hasAttribute("data-mrz-invalid", "true");
        assertThat(page.locator("[data-testid=mrz-invalid]")).hasText("أرقام التحقق في منطقة القراءة الآلية غير صحيحة");
        // the MRZ's dates and its problems in the reader's language: no ISO date, no English
        assertThat(page.locator("[data-testid=mrz-expired]")).containsText("2012");
        assertThat(page.locator("[data-testid=mrz-expired]")).not().containsText("2012-04-15");
        assertThat(page.locator("[data-testid=mrz-expiry]")).not().hasText("2012-04-15");
        assertThat(page.locator("[data-testid=mrz-problem]").first()).containsText("السطر");
        assertThat(page.locator("[data-testid=mrz-problem]").first()).not().containsText("check digit");
        assertThat(page.locator("[data-testid=mrz-name]")).hasText("ERIKSSON, ANNA MARIA");
        assertThat(page.locator("[data-testid=mrz-document]")).containsText("L898902C3");

        page.fill("[data-testid=probe]", name);
        page.fill("[data-testid=birth-date]", "10/03/1969");
        page.click("[data-testid=check]");
        assertThat(page.locator("[data-testid=verdict]")).hasAttribute("data-outcome", "POSSIBLE");
        assertThat(page.locator("[data-testid=instruction]")).containsText("تحقّق من الهوية");
        assertThat(page.locator("[data-testid=instruction]")).not().containsText("القبض");
        page.fill("[data-testid=verification]", "الصورة وتاريخ الميلاد متطابقة");
        page.click("[data-testid=verify]");
        assertThat(page).hasURL(Pattern.compile(".*/hits/[0-9a-f-]{36}$"));
        assertThat(page.locator("[data-testid=hit-status]")).hasText("جديد");
        assertThat(page.locator(".notes")).containsText("verified possible match");
        page.context().close();
    }

    @Test
    void theManifestPageListsTheRowsToLookAtAndNamesARefusedFileInEnglishAndArabic() {
        ScreeningFixtures fixtures = fixtures();
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String owner = fixtures.agency("BM");
        String checker = agencies.agency("BN");
        String wanted = "Rachid " + ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "all", wanted, "1977-04-09", "MA");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
        String officer = agencies.user(checker, Role.BORDER_OFFICER);
        String csv = "reference;name;birthDate;nationality\n"
                + "M-1;Nadia " + ScreeningFixtures.uniqueNamePart() + ";1990-01-01;FR\n"
                + "M-2;" + wanted + ";1977-04-09;MA\n"
                + "M-3;Someone Else;1971-14-03;MA\n";

        Page page = login(officer);
        page.navigate("/screening/batches");
        page.setInputFiles("input[name=manifest]", new FilePayload("photo.csv", "text/csv", PNG));
        page.click(".batch-upload button[type=submit]");
        assertThat(page.locator("[data-testid=problem]")).containsText("a PNG image, not a manifest");

        page.setInputFiles("input[name=manifest]", new FilePayload("AT202.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.click(".batch-upload button[type=submit]");
        assertThat(page.locator("[data-testid=batch-rows]")).isVisible();
        assertThat(page.locator("[data-testid=count-HIT]")).hasText("1");
        assertThat(page.locator("[data-testid=count-INVALID]")).hasText("1");
        assertThat(page.locator("[data-testid=count-NO_HIT]")).hasText("1");
        assertThat(page.locator("[data-testid=batch-row]")).hasCount(2);
        assertThat(page.locator("[data-testid=batch-row][data-outcome=HIT]")).containsText(wanted);
        assertThat(page.locator("[data-testid=row-reason]")).containsText("birthDate");
        // the passenger's birth date in the reader's format, not as the manifest's ISO text
        Locator birth = page.locator("[data-testid=batch-row][data-outcome=HIT] [data-testid=row-birth-date]");
        assertThat(birth).hasAttribute("datetime", "1977-04-09");
        assertThat(birth).hasText(java.util.regex.Pattern.compile("Apr.*9.*1977"));

        String url = page.url();
        page.navigate(url + "?lang=fr");
        assertThat(page.locator("[data-testid=batch-row][data-outcome=HIT] [data-testid=row-birth-date]"))
                .hasText("9 avr. 1977");
        page.navigate(url + "?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("[data-testid=batch-row][data-outcome=INVALID]")).containsText("لم يتم فحصها");
        assertThat(page.locator("[data-testid=batch-row][data-outcome=HIT]")).containsText("القبض");
        assertThat(page.locator("[data-testid=row-reason]")).containsText("ليس تاريخًا");
        assertThat(page.locator("[data-testid=batch-row][data-outcome=HIT] [data-testid=row-birth-date]"))
                .not().hasText("1977-04-09");
        page.context().close();
    }
}
