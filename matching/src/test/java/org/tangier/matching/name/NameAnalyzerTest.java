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

    private static java.util.List<NameToken> parts(String name) {
        return Arrays.stream(NameAnalyzer.analyze(name)).filter(t -> !t.connector).toList();
    }

    @Test
    void articlesAndConnectorsAreNotNameParts() {
        assertThat(parts("Mohammed bin Salman Al Saud")).extracting(t -> t.canonical)
                .containsExactly("mohammed", "salman", "saud");
        assertThat(parts("أسامة بن لادن")).hasSize(2);
        // Hassaniya spellings of ould (ولد): Uld, Wuld
        assertThat(parts("Abderrahmane Uld Amar")).extracting(t -> t.canonical).containsExactly("abdrahmane", "amar");
        assertThat(parts("Sidi Wuld Amar")).extracting(t -> t.canonical).containsExactly("sidi", "amar");
        assertThat(parts("Abu Bakr al-Baghdadi")).extracting(t -> t.canonical).containsExactly("abubakr", "baghdadi");
    }

    @Test
    void connectorsStayAsWeightlessMarkersBetweenNames() {
        NameToken[] tokens = NameAnalyzer.analyze("Mohammed bin Salman");
        assertThat(tokens).extracting(t -> t.connector).containsExactly(false, true, false);
        assertThat(TokenWeighting.DEFAULT.weight(tokens[1])).isZero();
        // a leading or trailing "bin" is no connector between names
        assertThat(NameAnalyzer.analyze("Salman bin")).noneMatch(t -> t.connector);
    }

    @Test
    void listedFamilyCommaGivenOrderIsTurnedBack() {
        assertThat(NameAnalyzer.listedOrder("HAKIM MURAD, ABDUL")).isEqualTo("ABDUL HAKIM MURAD");
        assertThat(skeletons("HAKIM MURAD, ABDUL")).isEqualTo(skeletons("Abdul Hakim Murad"));
        assertThat(skeletons("DAD MATIN, ALLAH")).isEqualTo(skeletons("Allah Dad Matin"));
        // two commas, or a long tail, are not a "FAMILY, Given" inversion
        assertThat(NameAnalyzer.listedOrder("A, B, C")).isEqualTo("A, B, C");
    }

    @Test
    void leadingTitlesAreDropped() {
        assertThat(skeletons("President Bashar al-Assad")).isEqualTo(skeletons("Bashar al-Assad"));
        assertThat(skeletons("Dr. Amin")).isEqualTo(skeletons("Amin"));
        assertThat(skeletons("Haji Bashir Noorzai")).isEqualTo(skeletons("Bashir Noorzai"));
        assertThat(skeletons("الشيخ حسن نصر الله")).isEqualTo(skeletons("حسن نصر الله"));
        // a title that is also a name stays when it is one of only two words: Sheikh Hasina, Haji Bashir
        assertThat(parts("Sheikh Hasina")).hasSize(2);
        // a title alone is the name
        assertThat(parts("President")).hasSize(1);
    }

    @Test
    void capitalInitialsWrittenTogetherAreSplit() {
        assertThat(parts("JC Juncker")).extracting(t -> t.initial).containsExactly(true, true, false);
        // a name written all in capitals keeps its short parts: NG CHEE KEONG
        assertThat(parts("NG CHEE KEONG")).extracting(t -> t.initial).containsExactly(false, false, false);
    }

    @Test
    void slavicLettersKeepAPlainFolding() {
        NameToken t = NameAnalyzer.analyze("Milošević")[0];
        assertThat(t.folded).isEqualTo("miloshevich");
        assertThat(t.plain.folded).isEqualTo("milosevic");
        assertThat(NameAnalyzer.analyze("Milosevic")[0].plain).isNull();
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
