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
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Terms that may give a request a political, military, religious or racial character, in English, French, Spanish
 * and Arabic (resource {@code notices/sensitive-terms.txt}). A match is a flag for the reviewer, never a refusal:
 * "political" in "politically exposed person" is still a matter of judgement.
 */
@Component
class SensitiveTerms {

    /** A term found in a text: its category (political, military, religious, racial) and language. */
    record Finding(String term, String category, String language) {
    }

    private record Term(String term, String category, String language, Pattern pattern) {
    }

    private final List<Term> terms = new ArrayList<>();

    SensitiveTerms() {
        try (var in = SensitiveTerms.class.getResourceAsStream("/notices/sensitive-terms.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String term = fold(parts[2]);
                // Arabic attaches articles and conjunctions (ال، و، ب، ل) to the word: match inside words there.
                boolean arabic = "ar".equals(parts[1]);
                String regex = arabic ? Pattern.quote(term)
                        : "(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])";
                terms.add(new Term(parts[2], parts[0], parts[1], Pattern.compile(regex)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = fold(text);
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

    /** Lower case, without accents or Arabic short vowels and tatweel, apostrophes unified. */
    static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.replace('\u0640', ' ').replace('\u2019', '\'').replaceAll("[أإآ]", "ا").replaceAll("\\s+", " ");
    }
}
