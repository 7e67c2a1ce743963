package org.tangier.assessments.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tangier.platform.ProblemException;

/**
 * One text in the languages of the platform (en, fr, es, ar), side by side. A language may be missing while the
 * translation is under way; a reader who picks it sees the first language present, marked as such.
 */
record Localized(@JsonValue Map<String, String> texts) {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    static final Localized EMPTY = new Localized(Map.of());

    Localized {
        Map<String, String> kept = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (!LANGUAGES.contains(language)) {
                    throw ProblemException.invalid("language", "assessment.language-unknown", language);
                }
                if (text != null && !text.isBlank()) {
                    kept.put(language, text.strip());
                }
            });
        }
        texts = Map.copyOf(kept);
    }

    /** In JSON a localized text is the object of its languages: {"en": "…", "ar": "…"}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Localized of(Map<String, String> texts) {
        return new Localized(texts);
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text in {@code language}, or else in the first language present (see {@link #languageFor}). */
    public String in(String language) {
        String l = languageFor(language);
        return l == null ? "" : texts.get(l);
    }

    /** The language actually shown to a reader who picked {@code language}; null when there is no text at all. */
    public String languageFor(String language) {
        if (texts.containsKey(language)) {
            return language;
        }
        return LANGUAGES.stream().filter(texts::containsKey).findFirst().orElse(null);
    }

    int longest() {
        return texts.values().stream().mapToInt(String::length).max().orElse(0);
    }
}
