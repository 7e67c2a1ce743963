package org.tangier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The texts the platform writes itself come from the bundles, in the installation's language, with isolated values. */
class PlatformLanguageTest {

    @Test
    void anEscalationIsWrittenInTheInstallationsLanguageWithItsValuesIsolated() {
        PlatformLanguage arabic = new PlatformLanguage(bundles(), "ar", "Africa/Casablanca");
        LocalFormat format = arabic.format();
        String body = arabic.text("escalation.body", arabic.text("screening.notice.RED"), LocalFormat.isolate("FR"),
                LocalFormat.isolate(format.dateTime(Instant.parse("2026-12-06T10:00:00Z"))),
                LocalFormat.isolate(format.dateTime(Instant.parse("2026-12-06T10:15:00Z"))));

        assertThat(body).startsWith("تطابق على أحد سجلاتكم").contains("\u2068FR\u2069");
        assertThat(new PlatformLanguage(bundles(), "fr", "UTC").text("escalation.subject"))
                .isEqualTo("Concordance non accusée dans le délai");
    }

    @Test
    void aLanguageTheUiDoesNotHaveStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new PlatformLanguage(bundles(), "de", ""))
                .hasMessageContaining("tangier.web.default-language");
        assertThatThrownBy(() -> new PlatformLanguage(bundles(), "en", "Mars/Olympus"))
                .hasMessageContaining("tangier.web.time-zone");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
