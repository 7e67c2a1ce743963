package org.tangier.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;

/**
 * The English texts of problems, read from the same bundle the pages use, for the exception's message (logs, tests,
 * callers that catch it). Replies are translated from the bundles by the web layer.
 */
final class ProblemTexts {

    /** The kinds of thing whose "not found" has a text of its own ({@code problem.record.not-found}). */
    private static final Set<String> KINDS = Set.of("record", "notice", "message", "agency", "operation", "hit", "task",
            "match", "entity", "print", "attachment");

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ProblemTexts() {
    }

    static String english(String code, Object[] arguments) {
        return format(ENGLISH, code, arguments, Locale.ENGLISH);
    }

    /** The text in {@code locale}'s bundle (English where that bundle lacks it). */
    static String text(String code, Object[] arguments, Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("i18n.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            bundle = ENGLISH;
        }
        return format(bundle, code, arguments, locale);
    }

    private static String format(ResourceBundle bundle, String code, Object[] arguments, Locale locale) {
        String pattern;
        try {
            pattern = bundle.getString("problem." + code);
        } catch (MissingResourceException e) {
            // a code without a text is a programming error, but the reply must still say something
            return code;
        }
        // as Spring formats page texts: through MessageFormat only when there are arguments, which may be texts too
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof MessageSourceResolvable term ? term(bundle, term) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    private static String term(ResourceBundle bundle, MessageSourceResolvable term) {
        for (String key : term.getCodes()) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                // the next code
            }
        }
        return term.getDefaultMessage();
    }

    static String englishTitle(int status) {
        try {
            return ENGLISH.getString("problem.title." + status);
        } catch (MissingResourceException e) {
            return status >= 500 ? "Internal error" : "Invalid request";
        }
    }

    static String kindKey(String word) {
        String kind = word.toLowerCase(Locale.ROOT);
        return KINDS.contains(kind) ? kind : null;
    }
}
