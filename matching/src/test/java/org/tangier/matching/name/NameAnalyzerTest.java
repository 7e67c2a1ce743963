package org.tangier.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {

    private static String skeletons(String name) {
        return String.join(" ", Arrays.stream(NameAnalyzer.analyze(name)).map(t -> t.skeleton).toList());
    }

    @Test
    void abdCompoundsJoinWhetherWrittenApartOrTogether() {
        assertThat(skeletons("Abdellatif")).isEqualTo(skeletons("Abdel Latif")).isEqualTo(skeletons("Abd al-Latif"))
                .isEqualTo(skeletons("Abdul Latif")).isEqualTo(skeletons("عبد اللطيف")).isEqualTo(skeletons("عبداللطيف"));
        assertThat(skeletons("Abderrahmane")).isEqualTo(skeletons("Abdul Rahman")).isEqualTo(skeletons("Abd ar-Rahman"))
                .isEqualTo(skeletons("عبد الرحمن"));
        assertThat(skeletons("Abdullah")).isEqualTo(skeletons("Abd Allah")).isEqualTo(skeletons("عبد الله"));
    }

    @Test
    void abuCompoundsJoin() {
        assertThat(skeletons("Abu Bakr")).isEqualTo(skeletons("Abou Bakr")).isEqualTo(skeletons("Abubakr")).isEqualTo(skeletons("أبو بكر"));
    }

    @Test
    void articlesAndConnectorsAreNotNameParts() {
        assertThat(NameAnalyzer.analyze("Mohammed bin Salman Al Saud")).extracting(t -> t.canonical)
                .containsExactly("mohammed", "salman", "saud");
        assertThat(NameAnalyzer.analyze("أسامة بن لادن")).hasSize(2);
        // Hassaniya spellings of ould (ولد): Uld, Wuld
        assertThat(NameAnalyzer.analyze("Abderrahmane Uld Amar")).extracting(t -> t.canonical).containsExactly("abdrahmane", "amar");
        assertThat(NameAnalyzer.analyze("Sidi Wuld Amar")).extracting(t -> t.canonical).containsExactly("sidi", "amar");
        assertThat(NameAnalyzer.analyze("Abu Bakr al-Baghdadi")).extracting(t -> t.canonical).containsExactly("abubakr", "baghdadi");
    }

    @Test
    void arabicHamzaAlefIsNotTheArticle() {
        // ألين is Allen; الحسن is al-Hasan
        assertThat(skeletons("ألين")).isEqualTo("ALN");
        assertThat(skeletons("الحسن")).isEqualTo(skeletons("Hassan"));
    }

    @Test
    void doubledConsonantsAndVowelsVanishFromTheSkeleton() {
        assertThat(skeletons("Hammouchi")).isEqualTo(skeletons("Hamouchi")).isEqualTo(skeletons("Hammushi")).isEqualTo(skeletons("حموشي"));
        assertThat(skeletons("Mohammed")).isEqualTo(skeletons("Muhammad")).isEqualTo(skeletons("محمد"));
        assertThat(skeletons("Ahmad")).isNotEqualTo(skeletons("Hamad"));
    }

    @Test
    void initialsAreMarked() {
        assertThat(NameAnalyzer.analyze("M. A. Hammouchi")).extracting(t -> t.initial).containsExactly(true, true, false);
    }

    @Test
    void exactFormKeepsTheTypedWords() {
        assertThat(NameAnalyzer.analyze("Abd al-Latif Müller")).extracting(t -> t.exact).containsExactly("abd al-latif", "müller");
    }
}
