package org.tangier.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spelling conventions of other languages, read only when a Latin part meets an Arabic-script part. */
class ScriptReadingsTest {

    private static double similarity(String latin, String arabic) {
        NameToken a = NameAnalyzer.analyze(latin)[0], b = NameAnalyzer.analyze(arabic)[0];
        return TokenSimilarity.similarity(TokenSimilarity.compare(a, b, SpellingMode.TRANSLITERATE, Scratch.get()));
    }

    @Test
    void frenchSilentEndingsMeetTheirArabicSpelling() {
        assertThat(similarity("Gautier", "غوتييه")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Tussaud", "توسو")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Benoit", "بينوا")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Coulomb", "كولوم")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Thiers", "تيير")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Hortefeux", "أورتوفو")).isGreaterThanOrEqualTo(0.93);
        assertThat(ScriptReadings.french("brillouin")).isEqualTo("briyouin");
        assertThat(ScriptReadings.french("vignal")).isEqualTo("vinyal");
    }

    @Test
    void germanicAndSlavicLettersAreReadAsTheirLanguagesSayThem() {
        assertThat(similarity("Wallenstein", "فالنشتاين")).isGreaterThanOrEqualTo(0.86);
        assertThat(similarity("Merzbacher", "ميرتسباخر")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Lijewski", "لييفسكي")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Václav", "فاتسلاف")).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void romanceAndPinyinLettersAreReadAsTheirLanguagesSayThem() {
        assertThat(similarity("Sanjurjo", "سانخورخو")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Capucci", "كابوتشي")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Romagnoli", "رومانيولي")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Xiaobo", "شياوبو")).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void anHAfterSOrKMayBeALetterOfItsOwn() {
        assertThat(similarity("Eshaq", "اسحاق")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Lakhal", "لكحل")).isGreaterThanOrEqualTo(0.93);
        assertThat(ScriptReadings.splitDigraphs("mashhad")).isEqualTo("mas'hhad");
    }

    @Test
    void twoArabicWordsMeetOneLatinWordWithASeamLetterDropped() {
        MatchScore s = new NameMatcher().score(PersonQuery.name("محمد اسحاق آخوند زاده"), PersonEntry.of(1, "Mohammad Eshaq Akhunzada"));
        assertThat(s.explanation().unmatchedQueryParts()).isEmpty();
        assertThat(s.verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void aGluedArticleIsFoundOnTheLatinSide() {
        assertThat(similarity("Alaidy", "العايدي")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Elimam", "الإمام")).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void arabicLettersSaidDifferentlyInPersianAndTurkishNames() {
        assertThat(similarity("Ousmane", "عثمان")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Davud", "داود")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Vahida", "وحيدة")).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void longVowelsWrittenInArabicConfirmOrTellApartLatinSpellings() {
        assertThat(similarity("Hussein", "حسين")).isEqualTo(TokenSimilarity.CROSS_SCRIPT_VOWELS);
        assertThat(similarity("Hassan", "حسان")).isEqualTo(TokenSimilarity.CROSS_SCRIPT_VOWELS);
        assertThat(similarity("Hassan", "حسين")).isEqualTo(TokenSimilarity.CROSS_SCRIPT_VOWELS_DIFFER);
        assertThat(similarity("Saad", "سعيد")).isEqualTo(TokenSimilarity.CROSS_SCRIPT_VOWELS_DIFFER);
        // no long vowel written: the skeleton is all there is
        assertThat(similarity("Mohammad", "محمد")).isEqualTo(TokenSimilarity.CROSS_SCRIPT);
        // one-consonant names are confirmed by their vowels (Bia / بيا)
        assertThat(similarity("Bia", "بيا")).isGreaterThan(similarity("Bia", "بو"));
        assertThat(TokenSimilarity.vowels(ArabicLetters.vocalised("حسين"), LatinSkeleton.vocalised("hussein"))).isEqualTo(1);
        assertThat(TokenSimilarity.vowels(ArabicLetters.vocalised("حسين"), LatinSkeleton.vocalised("hassan"))).isEqualTo(-1);
    }

    @Test
    void urduHehIsFoldedLikeTheArabicOne() {
        assertThat(ArabicLetters.fold("اللہ")).isEqualTo("الله");
        assertThat(ArabicLetters.fold("ے")).isEqualTo("ي");
    }

    @Test
    void readingsDoNotMakeDifferentNamesAlike() {
        // another name stays another name, whatever the language of its spelling
        assertThat(similarity("Gautier", "غازي")).isLessThan(0.75);
        assertThat(similarity("Wallenstein", "والي")).isLessThan(0.75);
        assertThat(similarity("Capucci", "كابول")).isLessThan(0.75);
        // and a reading scores below the main skeleton's match
        assertThat(similarity("Gautier", "غوتييه")).isLessThan(similarity("Gotye", "غوتييه"));
    }

    @Test
    void aReadingOfPartsWithTheSameSkeletonKeepsTheVowelsTheArabicWrites() {
        // هاجين writes a long a where Hygin has y: the same consonants, but not the same name; a hard-g reading of
        // both sides made them meet at 0.93 with the contradiction forgotten
        assertThat(similarity("Hygin", "هاجين")).isLessThan(PersonScorer.CROSS_SCRIPT_ANCHOR);
        assertThat(similarity("Mygel", "ماجيل")).isLessThan(PersonScorer.CROSS_SCRIPT_ANCHOR);
        assertThat(similarity("Gibson", "جيبسون")).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void aGaelicMcHasTheVowelOfMac() {
        assertThat(similarity("Mcdonald", "ماكدونالد")).isGreaterThanOrEqualTo(0.97);
        assertThat(similarity("Mckinley", "ماكينلي")).isGreaterThanOrEqualTo(0.93);
        assertThat(LatinSkeleton.vowelGroups("mcelroy")).isEqualTo("CaCeCCoy");
    }

    @Test
    void germanSeamsAndLengtheningHAreReadAsGermanSaysThem() {
        // d and h at the seam of a compound are two letters; an h after a vowel and before a consonant is silent
        assertThat(similarity("Nordheim", "نوردهايم")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Waldhausen", "فالدهاوزن")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Kohl", "كول")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Dahlberg", "دالبرغ")).isGreaterThanOrEqualTo(0.93);
        assertThat(ScriptReadings.germanic("jahn")).isEqualTo("yan");
    }

    @Test
    void arabicNunBeforeBaIsSaidM() {
        assertThat(similarity("Istambouli", "إسطنبولي")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Qambar", "قنبر")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Qanbar", "قنبر")).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void hebrewChBeforeAVowelIsTheArabicHa() {
        assertThat(similarity("Nachum", "ناحوم")).isGreaterThanOrEqualTo(0.93);
        assertThat(similarity("Chaim", "حاييم")).isGreaterThanOrEqualTo(0.93);
        assertThat(ScriptReadings.hebrew("menachem")).isEqualTo("menahem");
        // sch and tch are no Hebrew ch
        assertThat(ScriptReadings.hebrew("schaller")).isNull();
    }

    @Test
    void aFinalAlifMaqsuraIsALongA() {
        assertThat(similarity("Musa", "موسى")).isGreaterThanOrEqualTo(0.97);
        assertThat(similarity("Issa", "عيسى")).isGreaterThanOrEqualTo(0.97);
        // a final ي stays i
        assertThat(similarity("Musa", "موسي")).isLessThan(PersonScorer.CROSS_SCRIPT_ANCHOR);
    }

    @Test
    void theEnglishLongIIsTheArabicAy() {
        assertThat(similarity("Pike", "بايك")).isGreaterThanOrEqualTo(0.97);
        assertThat(similarity("Hines", "هاينز")).isGreaterThanOrEqualTo(0.97);
        assertThat(similarity("Tyson", "تايسون")).isGreaterThanOrEqualTo(0.97);
        // without the silent e an i is i
        assertThat(similarity("Pik", "بايك")).isLessThan(PersonScorer.CROSS_SCRIPT_ANCHOR);
    }

    @Test
    void oneLatinEDoesNotStandForTwoArabicVowelsOfDifferentKinds() {
        // the ya of رياض is two long vowels, i and a: the single e of Rousset (French, silent t) cannot hold both
        assertThat(similarity("Rousset", "رياض")).isLessThan(PersonScorer.CROSS_SCRIPT_ANCHOR);
        assertThat(TokenSimilarity.vowelsFit("RiaS", "CouCCeC")).isFalse();
        assertThat(TokenSimilarity.vowels("RiaD", "ReD")).isEqualTo(-1);
        assertThat(similarity("Riad", "رياض")).isGreaterThanOrEqualTo(0.97);
        assertThat(similarity("Beatrice", "بياتريس")).isGreaterThanOrEqualTo(0.97);
        // one e for one vowel stays fine (Ahmed, Sheref)
        assertThat(TokenSimilarity.vowels("RaD", "ReD")).isEqualTo(1);
    }
}
