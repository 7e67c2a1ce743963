package org.tangier.matching.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    private final NameMatcher matcher = new NameMatcher();

    private MatchScore score(String query, String record) {
        return matcher.score(PersonQuery.name(query), PersonEntry.of(1, record));
    }

    private static PersonEntry person(String name, String birthDate, String nationality, Gender gender) {
        return new PersonEntry(7, List.of(PersonName.primary(name)),
                birthDate == null ? List.of() : List.of(BirthDate.parse(birthDate)),
                nationality == null ? List.of() : List.of(nationality), gender);
    }

    @Test
    void abdellatifSpellingsCompareAsTheSamePerson() {
        for (String spelling : List.of("Abdel Latif Hamouchi", "Abd al-Latif Hammushi", "Hammouchi Abdellatif", "ABDELLATIF HAMMOUCHI")) {
            assertThat(score("Abdellatif Hammouchi", spelling).verdict()).as(spelling).isEqualTo(Verdict.HIT);
        }
    }

    @Test
    void arabicScriptNameMatchesItsLatinSpellings() {
        assertThat(score("عبد اللطيف حموشي", "Abdellatif Hammouchi").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("عبد اللطيف حموشي", "Abdel Latif Hamouchi").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Abdel Latif Hamouchi", "عبد اللطيف حموشي").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void scoresStayGradedFromExactToVariantToNearMiss() {
        double exact = score("Abdellatif Hammouchi", "Abdellatif Hammouchi").score();
        double variant = score("Abdellatif Hammouchi", "Abdellatif Hamouchi").score();
        double typo = score("Abdellatif Hammouchi", "Abdellatif Hammocuhi").score();
        double other = score("Abdellatif Hammouchi", "Abdellatif Haddouchi").score();
        assertThat(exact).isEqualTo(1.0);
        assertThat(variant).isLessThan(exact);
        assertThat(typo).isLessThan(variant);
        assertThat(other).isLessThan(typo);
    }

    @Test
    void transliterationVariantsOfCommonNamesAlign() {
        for (String[] p : new String[][] {{"Mohammed", "Muhammad"}, {"Mohamed", "Muhammad"}, {"Naser", "Nasser"}, {"Nasir", "Naser"},
                {"Hammouchi", "Hammushi"}, {"Youssef", "Yusuf"}}) {
            MatchScore s = score(p[0] + " Karimov", p[1] + " Karimov");
            assertThat(s.verdict()).as(p[0] + "/" + p[1]).isEqualTo(Verdict.HIT);
            assertThat(s.explanation().alignedParts()).extracting(TokenMatch::rule).contains(MatchRule.TRANSLITERATION);
        }
    }

    @Test
    void missingMiddleNameStillHits() {
        assertThat(score("Abdellatif Hammouchi", "Abdellatif Mohammed Hammouchi").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Abdellatif Mohammed Hammouchi", "Abdellatif Hammouchi").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void differentGivenNameWithSameSurnameIsNoHit() {
        assertThat(score("Mohammed Hammouchi", "Abdellatif Hammouchi").verdict()).isEqualTo(Verdict.NO_HIT);
    }

    @Test
    void initialConfirmsButDoesNotMakeAHit() {
        MatchScore s = score("A. Hammouchi", "Abdellatif Hammouchi");
        assertThat(s.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(s.explanation().alignedParts()).extracting(TokenMatch::rule).contains(MatchRule.INITIAL);
    }

    @Test
    void typingErrorIsToleratedAndExplained() {
        MatchScore s = score("Abdellatif Hammoucih", "Abdellatif Hammouchi");
        assertThat(s.verdict()).isEqualTo(Verdict.HIT);
        assertThat(s.explanation().alignedParts()).extracting(TokenMatch::rule).contains(MatchRule.TYPO);
    }

    @Test
    void commonGivenNameAloneStaysBelowPossible() {
        assertThat(score("Muhammad", "Muhammad Ali Hassan").verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(score("Muhammad", "Mohamed").verdict()).isEqualTo(Verdict.NO_HIT);
    }

    @Test
    void commonFullNameNeedsTheBirthDateToHit() {
        PersonEntry record = person("Mohamed Ali", "1970-03-02", null, Gender.UNKNOWN);
        assertThat(matcher.score(PersonQuery.name("Muhammad Ali"), record).verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(matcher.score(PersonQuery.name("Muhammad Ali").withBirthDates(BirthDate.parse("1970-03-02")), record).verdict())
                .isEqualTo(Verdict.HIT);
    }

    @Test
    void sharedBirthDateDoesNotLiftUnrelatedName() {
        PersonEntry record = person("Abdellatif Hammouchi", "1966-01-01", "MA", Gender.MALE);
        PersonQuery query = PersonQuery.name("Youssef Benali").withBirthDates(BirthDate.parse("1966-01-01"))
                .withNationalities("MA").withGender(Gender.MALE);
        MatchScore s = matcher.score(query, record);
        assertThat(s.verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(s.score()).isEqualTo(matcher.score(PersonQuery.name("Youssef Benali"), record).score());
    }

    @Test
    void birthDateRulesAreGraded() {
        PersonEntry record = person("Karim Bennani", "1971-04-09", null, Gender.UNKNOWN);
        double exact = scoreWithDate(record, "1971-04-09");
        double swapped = scoreWithDate(record, "1971-09-04");
        double yearOnly = scoreWithDate(record, "1971");
        double offByOne = scoreWithDate(record, "1972-04-09");
        double none = matcher.score(PersonQuery.name("Karim Benani"), record).score();
        double conflict = scoreWithDate(record, "1950-01-01");
        assertThat(exact).isGreaterThan(swapped);
        assertThat(swapped).isGreaterThan(yearOnly);
        assertThat(yearOnly).isGreaterThan(offByOne);
        assertThat(offByOne).isGreaterThan(none);
        assertThat(none).isGreaterThan(conflict);
        assertThat(matcher.score(PersonQuery.name("Karim Benani").withBirthDates(BirthDate.parse("1971-09-04")), record)
                .explanation().birthDate()).isEqualTo(DateRule.DAY_MONTH_SWAPPED);
    }

    @Test
    void diacriticsOnlyDifferencesAreAlmostExact() {
        assertThat(score("Aleksandar Vučić", "Aleksandar Vucic").score()).isGreaterThan(0.95);
        assertThat(score("Đorđe Balašević", "Dorde Balasevic").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Đorđe Balašević", "Djordje Balashevich").verdict()).isEqualTo(Verdict.HIT);
        // still below the same spelling
        assertThat(score("Dragan Čović", "Dragan Covic").score()).isLessThan(score("Dragan Čović", "Dragan Čović").score());
    }

    @Test
    void shortFormsOfGivenNamesAlign() {
        assertThat(score("Bibi Netanyahu", "Benjamin Netanyahu").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Ted Kennedy", "Edward Kennedy").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Ted Bundy", "Theodore Bundy").explanation().alignedParts()).anyMatch(m -> m.rule() == MatchRule.NICKNAME);
        assertThat(score("JC Juncker", "Jean-Claude Juncker").score()).isGreaterThanOrEqualTo(MatchThresholds.DEFAULT.possible());
        // a short form of another name is no match
        assertThat(score("Bill Clinton", "Hillary Clinton").verdict()).isNotEqualTo(Verdict.HIT);
    }

    @Test
    void titlesWeighNothing() {
        assertThat(score("President Bashar al-Assad", "Bashar al-Assad").score()).isEqualTo(1.0);
        assertThat(score("Shaikh Hassan Nasrallah", "Hassan Nasrallah").score()).isEqualTo(1.0);
        assertThat(score("Dr Ayman al-Zawahiri", "Ayman al-Zawahiri").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void nationalRomanisationsOfSlavicNamesAlign() {
        assertThat(score("Sergei Lawrow", "Sergei Lavrov").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Michail Gorbatschow", "Mikhail Gorbachev").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Vladimirs Putins", "Vladimir Putin").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Dmitrij Miedwiediew", "Dmitry Medvedev").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void listedOrderWithASplitCompoundCompareLikeTheNaturalOrder() {
        assertThat(score("HAKIM MURAD, ABDUL", "Abdul Hakim Murad").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("DAD MATIN, ALLAH", "Allah Dad Matin").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void genealogicalOrderIsNotFreeAcrossBin() {
        assertThat(score("Salman bin Muhammad", "Muhammad bin Salman").verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(score("محمد بن سلمان", "سلمان بن محمد").verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(score("Salman bin Muhammad", "Muhammad bin Salman").explanation().notes()).anyMatch(n -> n.contains("ancestor"));
        // the same chain with a generation left out, or without connectors, still aligns
        assertThat(score("Osama bin Laden", "Osama bin Mohammed bin Awad bin Laden").score())
                .isGreaterThanOrEqualTo(MatchThresholds.DEFAULT.possible());
        assertThat(score("Mohammed bin Salman", "Mohammed bin Salman Al Saud").verdict()).isNotEqualTo(Verdict.NO_HIT);
    }

    @Test
    void anApproximateBirthYearIsAConflictAtTheBorderAndAMatchToReviewWithATolerance() {
        PersonEntry listed = person("Bashir Noorzai", "1960", null, Gender.UNKNOWN);
        PersonQuery border = PersonQuery.name("Bashir Noorzai").withBirthDates(BirthDate.parse("1962"));
        assertThat(matcher.score(border, listed).verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(matcher.score(border, listed).explanation().birthDate()).isEqualTo(DateRule.CONFLICT);
        MatchScore sanctions = matcher.score(border.withBirthYearTolerance(3), listed);
        assertThat(sanctions.verdict()).isEqualTo(Verdict.HIT);
        assertThat(sanctions.explanation().birthDate()).isEqualTo(DateRule.APPROXIMATE_YEAR);
        // beyond the tolerance the dates still conflict
        assertThat(matcher.score(PersonQuery.name("Bashir Noorzai").withBirthDates(BirthDate.parse("1975")).withBirthYearTolerance(3), listed)
                .explanation().birthDate()).isEqualTo(DateRule.CONFLICT);
        assertThatThrownBy(() -> PersonQuery.name("x").withBirthYearTolerance(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private double scoreWithDate(PersonEntry record, String date) {
        return matcher.score(PersonQuery.name("Karim Benani").withBirthDates(BirthDate.parse(date)), record).score();
    }

    @Test
    void severalBirthDatesOfOnePersonAreAllTried() {
        PersonEntry record = new PersonEntry(3, List.of(PersonName.primary("Karim Bennani")),
                List.of(BirthDate.parse("1960"), BirthDate.parse("1962-05-01")), List.of(), Gender.UNKNOWN);
        MatchScore s = matcher.score(PersonQuery.name("Karim Bennani").withBirthDates(BirthDate.parse("1962-05-01")), record);
        assertThat(s.explanation().birthDate()).isEqualTo(DateRule.EXACT);
    }

    @Test
    void genderAndNationalityConflictsLowerTheScore() {
        PersonEntry record = person("Karim Bennani", null, "MA", Gender.MALE);
        double plain = matcher.score(PersonQuery.name("Karim Bennani"), record).score();
        assertThat(matcher.score(PersonQuery.name("Karim Bennani").withGender(Gender.FEMALE), record).score()).isLessThan(plain);
        assertThat(matcher.score(PersonQuery.name("Karim Bennani").withNationalities("DZ"), record).score()).isLessThan(plain);
    }

    @Test
    void exactSpellingModeDoesNotTransliterate() {
        PersonQuery variant = PersonQuery.name("Abdel Latif Hamouchi").withSpelling(SpellingMode.EXACT);
        assertThat(matcher.score(variant, PersonEntry.of(1, "Abdellatif Hammouchi")).verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(matcher.score(variant, PersonEntry.of(1, "عبد اللطيف حموشي")).verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(matcher.score(PersonQuery.name("Müller Hans").withSpelling(SpellingMode.EXACT), PersonEntry.of(1, "Hans Muller")).score())
                .isLessThan(0.75);
        MatchScore same = matcher.score(PersonQuery.name("  abdel   LATIF hamouchi ").withSpelling(SpellingMode.EXACT),
                PersonEntry.of(1, "Abdel Latif Hamouchi"));
        assertThat(same.verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void latinQueryDoesNotHitUnrelatedArabicAlias() {
        PersonEntry record = new PersonEntry(9, List.of(PersonName.primary("Mohammed Nasser"),
                new PersonName("محمد ناصر", NameKind.ORIGINAL_SCRIPT)), List.of(), List.of(), Gender.UNKNOWN);
        assertThat(matcher.score(PersonQuery.name("Ahmed Nasser"), record).verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(matcher.score(PersonQuery.name("Hamad Nasri"), record).verdict()).isEqualTo(Verdict.NO_HIT);
    }

    @Test
    void weakAliasAloneStaysBelowHit() {
        PersonEntry record = new PersonEntry(9, List.of(PersonName.primary("Karim Bennani"),
                new PersonName("Abu Hafs al-Maghribi", NameKind.WEAK_ALIAS)), List.of(), List.of(), Gender.UNKNOWN);
        MatchScore s = matcher.score(PersonQuery.name("Abu Hafs al-Maghribi"), record);
        assertThat(s.verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(s.explanation().notes()).anyMatch(n -> n.contains("weak alias"));
    }

    @Test
    void cyrillicAndGreekNamesCompareWithTheirLatinForms() {
        assertThat(score("Александр Петров", "Aleksandr Petrov").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Γιώργος Παπαδόπουλος", "Giorgos Papadopoulos").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void explanationNamesTheAlignedPartsAndTheRecordName() {
        MatchScore s = score("عبد اللطيف حموشي", "Abdel Latif Hamouchi");
        assertThat(s.explanation().recordName()).isEqualTo("abdel latif hamouchi");
        assertThat(s.explanation().alignedParts()).hasSize(2).allMatch(m -> m.rule() == MatchRule.CROSS_SCRIPT);
        assertThat(s.explanation().toString()).contains("hmushi");
    }

    @Test
    void thresholdsAreValidatedAndApplied() {
        assertThatThrownBy(() -> new MatchThresholds(0.7, 0.8)).hasMessageContaining("possible <= hit");
        NameMatcher strict = new NameMatcher(new MatchThresholds(0.99, 0.98));
        assertThat(strict.score(PersonQuery.name("Abdel Latif Hamouchi"), PersonEntry.of(1, "Abdellatif Hammouchi")).verdict())
                .isEqualTo(Verdict.NO_HIT);
    }

    @Test
    void invalidInputIsRejectedWithTheReason() {
        assertThatThrownBy(() -> BirthDate.parse("1971-13")).hasMessageContaining("month");
        assertThatThrownBy(() -> PersonQuery.name("x").withNationalities("Morocco")).hasMessageContaining("ISO 3166");
        assertThatThrownBy(() -> PersonQuery.name(" ")).hasMessageContaining("non-blank");
    }

    @Test
    void longVowelsTheArabicWritesMustFitTheLatinWhenTheConsonantsDiffer() {
        // ريني writes a long i after r and a final i: Rini, not Haroun (one dropped h away); كايلاش is Kailash, not Khalik
        assertThat(score("ريني كانو", "Rini Kano").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("ريني كانو", "Haroun Kano").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("كايلاش سينغ", "Kailash Singh").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("كايلاش سينغ", "Khalik Singh").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(TokenSimilarity.vowelsFit("RiNi", "HaRouN")).isFalse();
        // a glide before the vowel (ديو, Dju) is placed by its vowel
        assertThat(TokenSimilarity.vowelsFit("DiuRKuFiX", "JuRKoFiK")).isTrue();
    }

    @Test
    void aReadingOfAnotherLanguageMustKeepTheVowelsTheArabicWrites() {
        // read the French way Pongolle is BNK and Socrier SKR: the long vowels of بيانكا ديكر (Bianka Dikr) have no place
        assertThat(score("بيانكا ديكر", "Pongolle Socrier").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("بيانكا ديكر", "Bianca Decker").verdict()).isEqualTo(Verdict.HIT);
        // genuine readings keep their vowels: French oi is wa, a Polish w between vowels is a consonant
        assertThat(score("بينوا دوبون", "Benoit Dupont").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("لوكاسيفيتش يان", "Lukasiewicz Jan").verdict()).isEqualTo(Verdict.HIT);
        // two vowel groups stay two when the consonant between them merges with its neighbour (Kogure: k, g)
        assertThat(LatinSkeleton.vowelGroups("kogure")).isEqualTo("CoCuCe");
        assertThat(LatinSkeleton.vowelGroups("lukasiewicz")).isEqualTo("CuCaCieCiCC");
    }

    @Test
    void theEndingsOfAnArabicAndALatinPartMustAgree() {
        // Arabic writes a sounded final vowel and none after a final consonant: آلي (Ali) is no Hills, مات no Matia,
        // كوجوري (Kojori) no Alcaraz, though one part of each name meets closely (0.90, 0.89, 0.89 before)
        assertThat(score("يوكيو آلي", "Yuko Hills").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("يوكيو آلي", "Yukio Ali").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("مات ماوري", "Matia Mary").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("مات ماوري", "Mat Mauri").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("كوجوري صوفي", "Alcaraz Sauve").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("كوجوري صوفي", "Kojori Sufi").verdict()).isEqualTo(Verdict.HIT);
        // two final vowels of different kinds (ا, u)
        assertThat(score("أولا إيفا", "Alees Ive").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("أولا إيفا", "Ola Eva").verdict()).isEqualTo(Verdict.HIT);
        // endings that go either way: a French silent final consonant, ى read ā, a ta marbuta before a Latin -ah
        assertThat(score("جاك دوما", "Jacques Dumas").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("توما كارنو", "Thomas Carnot").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("موسى كمال", "Musa Kamal").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("حمزة رضا", "Hamzah Reda").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void namesWhoseVowelsArabicWritesAsEnglishAndArabicSayThemAreHits() {
        // each part met at 0.90 (a long vowel "contradicted") held these below HIT: the English long i is اي, a
        // final ى is a long a, the Gaelic Mc is Mac
        assertThat(score("موسى بايك", "Musa Pike").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("عيسى تايسون", "Issa Tyson").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("ماكدونالد هاينز", "Mcdonald Hines").verdict()).isEqualTo(Verdict.HIT);
        // a German name with a seam dh and a Hebrew ch, an Arabic ن said m before ب
        assertThat(score("ناحوم نوردهايم", "Nachum Nordheim").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("سامي إسطنبولي", "Sami Istambouli").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void vowelsTheArabicWritesStillTellOtherNamesApart() {
        // a hard-g reading no longer forgets that هاجين writes a where Hygin has y; one e is not both i and a
        assertThat(score("هاجين رياض", "Hygin Rousset").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("هاجين رياض", "Hagin Riad").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void anArabicNameStartingWithHamzaAlefHasNoArticle() {
        // إلفيرا is Elvira: its el is no article, so it does not meet Ferre with an article glued on
        assertThat(score("إلفيرا دارو", "Ferre Daar").verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(score("إلفيرا دارو", "Elvira Daru").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void gaelicMcAndAnInitialIBeforeAVowelAreReadAsArabicWritesThem() {
        assertThat(score("ماكيلروي نيكولاوس", "Mcelroy Nikolaos").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("مانسون ياغو", "Manson Iago").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void aSyllableSplitAtAHyphenMeetsTheWordWrittenJoined() {
        // En-lai lost its first syllable as if it were an article; joined it is Enlai
        assertThat(score("Chou En-lai", "Zhou Enlai").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Chou Wen-lai", "Zhou Enlai").verdict()).isEqualTo(Verdict.NO_HIT);
    }

    @Test
    void koreanNamesOneSyllableApartInLatinAreOtherPersons() {
        assertThat(score("Kim Jong-un", "Kim Jong-il").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("Moon Jae-in", "Moon Jae-hyun").verdict()).isNotEqualTo(Verdict.HIT);
    }

    @Test
    void wadeGilesSyllablesMeetTheirPinyin() {
        assertThat(score("Mao Tse-tung", "Mao Zedong").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Teng Hsiao-p'ing", "Deng Xiaoping").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Chiang Ch'ing", "Jiang Qing").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("Mao Tse-tung", "Mao Zemin").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(WadeGiles.pinyin("hsiao")).isEqualTo("xiao");
        assertThat(WadeGiles.pinyin("chih")).isEqualTo("zhi");
        assertThat(WadeGiles.pinyin("tzu")).isEqualTo("zi");
        // a Pinyin word is not read as Wade-Giles against itself, and a non-syllable is no Wade-Giles
        assertThat(WadeGiles.same("zedong", "zedong")).isFalse();
        assertThat(WadeGiles.pinyin("smith")).isNull();
    }

    @Test
    void chineseNameWrittenAsOneWordIsSplitAfterTheFamilyName() {
        assertThat(score("邓小平", "Deng Xiaoping").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("诸葛亮", "Zhuge Liang").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("邓小平", "Xi Jinping").verdict()).isEqualTo(Verdict.NO_HIT);
    }

    @Test
    void initialsOfACompoundGivenNameCountBoth() {
        MatchScore m = score("A. Q. Khan", "Abdul Qadeer Khan");
        assertThat(m.explanation().unmatchedQueryParts()).isEmpty();
        assertThat(m.score()).isGreaterThan(score("A. R. Khan", "Abdul Qadeer Khan").score());
    }

    @Test
    void hernandezAndFernandezAreNotOneName() {
        assertThat(score("Luis Hernandez", "Luis Fernandez").verdict()).isNotEqualTo(Verdict.HIT);
        assertThat(score("Luis Hernandez", "Luis Hernández").verdict()).isEqualTo(Verdict.HIT);
    }

    // --- namesxs: cross-script false matches of unseen names (issue 18), each rule with a pair that it refuses ---

    private static TokenMatch part(MatchScore score, String queryPart) {
        return score.explanation().alignedParts().stream().filter(m -> m.queryPart().startsWith(queryPart)).findFirst().orElseThrow();
    }

    @Test
    void aPartGuessedAcrossScriptsNeedsAnotherPartMetClosely() {
        // أنيتا met Antti and دوك met Daiki only as guesses (0.82), beside parts met through a reading or a substitution
        // (0.93): two guesses together, 0.875 and 0.878 before, now at most POSSIBLE
        assertThat(score("جيريل أنيتا", "Cyril Antti").verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(score("بور دوك", "Alper Daiki").verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(score("جيريل أنيتا", "Cyril Antti").explanation().notes()).anyMatch(n -> n.contains("guessed across scripts"));
        // their own spellings, and a guess beside a part met closely, stay HITs
        assertThat(score("جيريل أنيتا", "Jerel Aneta").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("بور دوك", "Bor Duc").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("فريد كويا", "Farid Kakegawa").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void twoShortArabicPartsDoNotJoinIntoALongLatinOneByLosingTwoLettersAtTheSeam() {
        // هيديتو + أتيلا lost the alif of the second and the shared t to meet Hidayatullah (0.95 before); كيركي يوكا, Gurg
        assertThat(score("هيديتو أتيلا", "Hidayatullah").verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(score("كيركي يوكا", "Gurg").verdict()).isEqualTo(Verdict.NO_HIT);
        assertThat(score("هيديتو أتيلا", "Hideto Attila").verdict()).isEqualTo(Verdict.HIT);
        assertThat(PersonScorer.twoLettersLostAtSeam("HDT", "ATL")).isTrue();
        assertThat(PersonScorer.twoLettersLostAtSeam("AKND", "ZD")).isFalse();
    }

    @Test
    void twoArabicSpellingsWithOtherConsonantLettersAreNotVariants() {
        // the skeleton merges س and ص and drops ع: صوفي / سيفي and إيمامورا / عماري met at 0.94 as variants before
        PersonEntry record = new PersonEntry(1, List.of(PersonName.primary("Saifi Ammari"),
                new PersonName("سيفي عماري", NameKind.ORIGINAL_SCRIPT)), List.of(), List.of(), Gender.UNKNOWN);
        MatchScore s = matcher.score(PersonQuery.name("صوفي إيمامورا"), record);
        assertThat(s.verdict()).isNotEqualTo(Verdict.HIT);
        // the same consonant letters with other long vowels (ميشيل / ميشال, Michel) are still variants
        PersonEntry aoun = new PersonEntry(2, List.of(PersonName.primary("Michel Aoun"),
                new PersonName("ميشال عون", NameKind.ORIGINAL_SCRIPT)), List.of(), List.of(), Gender.UNKNOWN);
        MatchScore m = matcher.score(PersonQuery.name("ميشيل عون"), aoun);
        assertThat(m.verdict()).isEqualTo(Verdict.HIT);
        assertThat(part(m, "ميشيل").rule()).isEqualTo(MatchRule.TRANSLITERATION);
    }

    @Test
    void aFrenchSilentEndingAfterAVowelNeedsAnArabicFinalVowel() {
        // Risser read as French is risé: ريس, ending in a consonant letter, is not that reading (0.951 before)
        assertThat(score("فريد ريس", "Farid Risser").verdict()).isNotEqualTo(Verdict.HIT);
        // the readings Arabic does write: a final vowel letter (Gautier, Tissier, Carnot), and a silent s or -es,
        // which Arabic drops with the Greek -os (Jacques / جاك, Georges / جورج)
        assertThat(score("غوتييه بيرنار", "Gautier Bernard").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("تيسيي شيل", "Tissier Schell").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("توما كارنو", "Thomas Carnot").verdict()).isEqualTo(Verdict.HIT);
        assertThat(score("جورج بولونا", "Georges Polona").verdict()).isEqualTo(Verdict.HIT);
    }

    @Test
    void aConsonantRepeatedAcrossAVowelIsWrittenTwiceInArabic() {
        // the skeleton of Kakegawa is K (k, k, g, w in one class, the vowels between dropped): كويا met it at 0.93,
        // though it has one consonant letter and two glides for Kakegawa's four consonants
        assertThat(part(score("فريد كويا", "Farid Kakegawa"), "كويا").similarity()).isLessThan(0.86);
        assertThat(part(score("فريد كاكيغاوا", "Farid Kakegawa"), "كاكيغاوا").similarity()).isGreaterThanOrEqualTo(0.93);
        assertThat(TokenSimilarity.consonantsMissing(NameAnalyzer.analyze("كويا")[0], NameAnalyzer.analyze("kakegawa")[0])).isTrue();
        assertThat(TokenSimilarity.consonantsMissing(NameAnalyzer.analyze("دوما")[0], NameAnalyzer.analyze("dumas")[0])).isFalse();
    }

    @Test
    void aFinalHamzaOnItsSeatIsNoLongVowel() {
        // أ at the end is a hamza (folded to ا): it does not say a long a against a Latin final o (0.82 before, a guess)
        assertThat(part(score("فريد ماتسوأ", "Farid Matsuo"), "ماتسوأ").similarity()).isGreaterThanOrEqualTo(0.86);
        assertThat(part(score("فريد ماتسوا", "Farid Matsuo"), "ماتسوا").similarity()).isLessThan(0.86);
        assertThat(score("تاكينأ أندريا", "Takino Andreja").verdict()).isEqualTo(Verdict.HIT);
    }
}
