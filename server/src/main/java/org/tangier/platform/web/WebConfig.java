package org.tangier.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** The UI's languages: English, French, Spanish and Arabic, chosen with ?lang= and kept in a cookie. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ar"));

    private final ShellModel shellModel;
    private final TextHygiene textHygiene;
    private final FormOnce formOnce;

    WebConfig(ShellModel shellModel, TextHygiene textHygiene, FormOnce formOnce) {
        this.shellModel = shellModel;
        this.textHygiene = textHygiene;
        this.formOnce = formOnce;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("TANGIER_LANG");
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(textHygiene);
        registry.addInterceptor(formOnce);
        registry.addInterceptor(new LanguageSwitch());
        registry.addInterceptor(shellModel);
    }
}
