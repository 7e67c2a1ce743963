package org.tangier.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;

/** Gives every page what the layout needs: the caller, its navigation, the language and its direction. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModelAdvice {

    private final List<NavigationEntry> navigation;

    ShellModelAdvice(List<NavigationEntry> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("caller")
    Caller caller() {
        return Callers.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return Callers.current().map(c -> navigation.stream().filter(e -> e.openTo(c)).toList()).orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("textDirection")
    String textDirection(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? "rtl" : "ltr";
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return WebConfig.LANGUAGES.stream().map(Locale::getLanguage).toList();
    }
}
