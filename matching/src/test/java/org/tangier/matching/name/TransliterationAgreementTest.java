package org.tangier.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The Latin and Arabic consonant classes, checked against real transliterations: a sample of Wikidata person
 * names written in both scripts (mostly European names in Arabic script, the hardest direction, with silent
 * letters and German w/j). The bars are set a little under what the classes reach, so that a change that
 * breaks them shows.
 */
class TransliterationAgreementTest {

    @Test
    void latinAndArabicSkeletonsOfTheSameNameAgree() throws Exception {
        int pairs = 0, equal = 0, close = 0;
        Scratch s = new Scratch();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/names/wd_arabic.sample.tokens")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t");
                NameToken[] latin = NameAnalyzer.analyze(f[0]);
                NameToken[] arabic = NameAnalyzer.analyze(f[1].replace(" ", ""));
                if (latin.length != 1 || arabic.length != 1) continue;
                pairs++;
                int packed = TokenSimilarity.compare(latin[0], arabic[0], SpellingMode.TRANSLITERATE, s);
                if (latin[0].skeleton.equals(arabic[0].skeleton)) equal++;
                if (TokenSimilarity.similarity(packed) >= TokenSimilarity.CROSS_SCRIPT_CLOSE - 0.08) close++;
            }
        }
        assertThat(pairs).isGreaterThan(1900);
        assertThat(equal / (double) pairs).as("identical skeletons").isGreaterThan(0.80);
        assertThat(close / (double) pairs).as("identical or one routine substitution apart").isGreaterThan(0.88);
    }
}
