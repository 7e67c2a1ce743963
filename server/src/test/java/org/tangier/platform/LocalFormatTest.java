package org.tangier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, times, numbers and relative times are written the way a reader of each language expects. */
class LocalFormatTest {

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final Instant NOON_UTC = Instant.parse("2026-12-31T12:05:00Z");

    @Test
    void aDateIsWrittenInTheReadersLanguage() {
        LocalDate birth = LocalDate.of(1980, 12, 31);
        assertThat(LocalFormat.of(Locale.ENGLISH, CASABLANCA).date(birth)).contains("Dec").contains("1980");
        assertThat(LocalFormat.of(Locale.FRENCH, CASABLANCA).date(birth)).contains("déc.").startsWith("31");
        assertThat(LocalFormat.of(Locale.forLanguageTag("es"), CASABLANCA).date(birth)).contains("dic");
        // Arabic writes a medium date day first, with right-to-left marks around the separators
        String arabic = LocalFormat.of(Locale.forLanguageTag("ar"), CASABLANCA).date(birth);
        assertThat(arabic).startsWith("31").contains("\u200F").doesNotContain("Dec");
    }

    @Test
    void aTimeIsShownInTheInstallationsZone() {
        assertThat(LocalFormat.of(Locale.FRENCH, ZoneId.of("Europe/Paris")).time(NOON_UTC)).isEqualTo("13:05");
        assertThat(LocalFormat.of(Locale.FRENCH, ZoneId.of("UTC")).time(NOON_UTC)).isEqualTo("12:05");
    }

    @Test
    void relativeTimesChooseTheLargestUsefulUnit() {
        LocalFormat english = LocalFormat.of(Locale.ENGLISH, CASABLANCA);
        assertThat(english.relative(Duration.ofHours(3))).isEqualTo("in 3 hr.");
        assertThat(english.relative(Duration.ofMinutes(-2))).isEqualTo("2 min. ago");
        assertThat(english.relative(Duration.ofSeconds(10))).isEqualTo("now");
        assertThat(english.relative(Duration.ofDays(-5))).isEqualTo("5 days ago");
        assertThat(LocalFormat.of(Locale.FRENCH, CASABLANCA).relative(Duration.ofHours(3)))
                .isEqualTo("dans 3\u00a0h");
        assertThat(LocalFormat.of(Locale.forLanguageTag("ar"), CASABLANCA).relative(Duration.ofHours(3)))
                .doesNotContain("hr").isNotBlank();
    }

    @Test
    void numbersUseTheLanguagesSeparators() {
        assertThat(LocalFormat.of(Locale.ENGLISH, CASABLANCA).number(12345)).isEqualTo("12,345");
        assertThat(LocalFormat.of(Locale.FRENCH, CASABLANCA).decimal(0.97, 2)).isEqualTo("0,97");
        assertThat(LocalFormat.of(Locale.ENGLISH, CASABLANCA).decimal(0.9, 2)).isEqualTo("0.90");
    }

    @Test
    void nothingToShowIsAnEmptyText() {
        LocalFormat format = LocalFormat.of(Locale.ENGLISH, CASABLANCA);
        assertThat(format.dateTime(null)).isEmpty();
        assertThat(format.relative((Object) null)).isEmpty();
        assertThat(format.number(null)).isEmpty();
    }
}
