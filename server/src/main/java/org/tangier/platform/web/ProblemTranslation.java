package org.tangier.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tangier.platform.ProblemException;

/**
 * A problem's title and detail in the caller's language (the language the locale resolver chose: the UI's cookie,
 * else the request's Accept-Language). The code stays the same in every language, so clients branch on it.
 */
@Component
class ProblemTranslation {

    private final MessageSource messages;

    ProblemTranslation(MessageSource messages) {
        this.messages = messages;
    }

    String title(int status) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("problem.title." + status, null, null, locale);
        return title != null ? title : messages.getMessage(status >= 500 ? "problem.title.500" : "problem.title.400",
                null, locale);
    }

    /** The translated detail of a problem made from a code; the English detail of one made from a text. */
    String detail(ProblemException problem) {
        String text = text(problem);
        return problem.field() == null || problem.detailKey() == null ? text : problem.field() + ": " + text;
    }

    /** The translated text of the problem's code, without the field it names. */
    String text(ProblemException problem) {
        String key = problem.detailKey();
        if (key == null) {
            return problem.getMessage();
        }
        return messages.getMessage(key, problem.arguments(), problem.englishDetail(), LocaleContextHolder.getLocale());
    }
}
