package org.tangier.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The installation's language and time zone: the language of the texts the platform itself writes to agencies
 * (escalations, watch-list alerts), which no one's request chooses, and of pages when neither the user nor the
 * browser names a language the UI has; the zone in which pages and texts show times. Settings
 * {@code tangier.web.default-language} (en, fr, es or ar) and {@code tangier.web.time-zone} (default: the server's).
 */
@Component
public class PlatformLanguage {

    /** The languages the UI and the texts are translated into. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ar"));

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    public PlatformLanguage(MessageSource messages, @Value("${tangier.web.default-language:en}") String language,
            @Value("${tangier.web.time-zone:}") String zone) {
        this.messages = messages;
        this.locale = LANGUAGES.stream().filter(l -> l.getLanguage().equals(language.strip())).findFirst()
                .orElseThrow(() -> new IllegalStateException("tangier.web.default-language: '" + language
                        + "' is not a language of the UI (en, fr, es, ar)"));
        try {
            this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("tangier.web.time-zone: '" + zone + "' is not a time zone (Africa/Casablanca, UTC, +01:00)", e);
        }
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Dates, times and numbers in the installation's language and zone. */
    public LocalFormat format() {
        return LocalFormat.of(locale, zone);
    }

    /**
     * The bundle text {@code key} in the installation's language. Arguments are inserted as given: isolate names,
     * codes and dates with {@link LocalFormat#isolate} so that they keep their order in any script.
     */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
