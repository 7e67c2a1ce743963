package org.tangier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;

/**
 * Gives every page what the layout needs: the caller, its navigation, the language and its direction. An interceptor
 * that acts only when a view is about to be rendered, not a {@code @ControllerAdvice}: {@code @RestController} is a
 * {@code @Controller} too, and the advice's five model methods ran on every API call (a tenth of a screening check's
 * CPU).
 */
@org.springframework.stereotype.Component
class ShellModel implements HandlerInterceptor {

    private static final List<String> LANGUAGES = WebConfig.LANGUAGES.stream().map(Locale::getLanguage).toList();

    private final List<NavigationEntry> navigation;

    ShellModel(List<NavigationEntry> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        Caller caller = Callers.current().orElse(null);
        page.addObject("caller", caller);
        page.addObject("navigation", caller == null ? List.of() : navigation.stream().filter(e -> e.openTo(caller)).toList());
        page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        Locale locale = RequestContextUtils.getLocale(request);
        page.addObject("textDirection", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        page.addObject("languages", LANGUAGES);
    }
}
