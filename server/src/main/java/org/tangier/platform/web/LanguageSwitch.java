package org.tangier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Switches the UI language on ?lang=xx, accepting only the languages the UI is translated into. */
class LanguageSwitch implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            return true;
        }
        Locale wanted = Locale.forLanguageTag(lang);
        WebConfig.LANGUAGES.stream()
                .filter(supported -> supported.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .ifPresent(supported -> {
                    LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                    if (resolver != null) {
                        resolver.setLocale(request, response, supported);
                    }
                });
        return true;
    }
}
