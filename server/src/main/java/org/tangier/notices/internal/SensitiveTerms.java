package org.tangier.notices.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Terms that may give a request a political, military, religious or racial character, in English, French, Spanish
 * and Arabic (resource {@code notices/sensitive-terms.txt}). A match is a flag for the reviewer, never a refusal:
 * "political" in "politically exposed person" is still a matter of judgement.
 * <p>
 * A check that cries wolf teaches reviewers to ignore it, so ordinary criminal law is understood first: the phrases of
 * {@code notices/ordinary-phrases.txt} ("vol à main armée", "conversion of property", "معارض السيارات") are set aside
 * before the terms are looked for. Its false alarms on a set of ordinary charges are measured in docs/notices.md.
 */
@Component
class SensitiveTerms {

    /** A term found in a text: its category (political, military, religious, racial) and language. */
    record Finding(String term, String category, String language) {
    }

    private record Term(String term, String category, String language, Pattern pattern) {
    }

    /*
     * Arabic writes conjunctions, prepositions and the article onto the word (و، ف، ب، ل، ك، ال) and endings after it
     * (ة، ات، ين، ية...). A term matches with those and nothing else around it, so that اثني (ethnic) is found in
     * الإثنية but not in الاثنين (Monday), nor ديني (religious) in المدينين (debtors).
     */
    private static final String ARABIC_PREFIX = "(?<![\\p{L}\\p{N}])(?:[وف])?(?:[بلك])?(?:ال|لل)?";
    private static final String ARABIC_SUFFIX = "(?:ة|ه|ها|هم|ات|ون|ين|ية|يه|يين|يا|ا)?(?![\\p{L}\\p{N}])";
    private static final String BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";

    private final List<Term> terms = new ArrayList<>();
    private final List<Pattern> ordinary = new ArrayList<>();

    SensitiveTerms() {
        read("/notices/sensitive-terms.txt", parts -> terms.add(new Term(parts[2], parts[0], parts[1],
                pattern(fold(parts[2]), "ar".equals(parts[1])))));
        read("/notices/ordinary-phrases.txt", parts -> ordinary.add(pattern(fold(parts[1]), false)));
    }

    List<Finding> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = withoutOrdinaryPhrases(fold(text));
        Set<Finding> found = new LinkedHashSet<>();
        for (Term t : terms) {
            if (t.pattern().matcher(folded).find()) {
                found.add(new Finding(t.term(), t.category(), t.language()));
            }
        }
        return List.copyOf(found);
    }

    int size() {
        return terms.size();
    }

    /** The text with each ordinary phrase blanked out (same length, so nothing else moves or joins). */
    private String withoutOrdinaryPhrases(String folded) {
        StringBuilder text = new StringBuilder(folded);
        for (Pattern p : ordinary) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return text.toString();
    }

    private static Pattern pattern(String folded, boolean arabic) {
        return Pattern.compile(arabic ? ARABIC_PREFIX + Pattern.quote(folded) + ARABIC_SUFFIX
                : BOUNDARY_BEFORE + Pattern.quote(folded) + BOUNDARY_AFTER);
    }

    private static void read(String resource, Consumer<String[]> line) {
        try (var in = SensitiveTerms.class.getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String l;
            while ((l = reader.readLine()) != null) {
                l = l.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    line.accept(l.split("\\|"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case, without accents or Arabic short vowels and tatweel, apostrophes unified. */
    static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.replace('\u0640', ' ').replace('\u2019', '\'').replaceAll("[أإآ]", "ا").replaceAll("\\s+", " ");
    }
}
