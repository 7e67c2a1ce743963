package org.tangier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.tangier.platform.PlatformLanguage;

/**
 * The UI's languages: English, French, Spanish and Arabic, chosen with ?lang= and kept in a cookie; without a choice,
 * the best of them in the request's Accept-Language (API clients and first visits), else the installation's language.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = PlatformLanguage.LANGUAGES;

    private final ShellModel shellModel;
    private final TextHygiene textHygiene;
    private final PlatformLanguage platformLanguage;
    private final FormOnce formOnce;

    WebConfig(ShellModel shellModel, TextHygiene textHygiene, PlatformLanguage platformLanguage, FormOnce formOnce) {
        this.shellModel = shellModel;
        this.textHygiene = textHygiene;
        this.platformLanguage = platformLanguage;
        this.formOnce = formOnce;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("TANGIER_LANG");
        resolver.setDefaultLocaleFunction(request -> preferredLanguage(request, platformLanguage.locale()));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * The supported language the request's Accept-Language prefers; the installation's language if it names none
     * (or the header is malformed).
     */
    static Locale preferredLanguage(HttpServletRequest request, Locale fallback) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().equals("*") ? fallback.getLanguage() : Locale.forLanguageTag(range.getRange()).getLanguage();
                for (Locale supported : LANGUAGES) {
                    if (supported.getLanguage().equals(language)) {
                        return supported;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
        return fallback;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(textHygiene);
        registry.addInterceptor(formOnce);
        registry.addInterceptor(new LanguageSwitch());
        registry.addInterceptor(shellModel);
    }
}
