package org.tangier.matching.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MrzParserTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Mrz parse(String text) {
        return MrzParser.parse(text, TODAY);
    }

    @Test
    void td3SpecimenParsesWithAllCheckDigitsValid() {
        Mrz mrz = parse(TestMrz.specimen("td3"));

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.birthDate().date()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(mrz.sex()).isEqualTo(Mrz.Sex.FEMALE);
        assertThat(mrz.expiryDate().date()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(mrz.optionalData()).isEqualTo("ZE184226B");
        assertThat(mrz.optionalData2()).isEmpty();
    }

    @Test
    void td1SpecimenParsesWithAllCheckDigitsValid() {
        Mrz mrz = parse(TestMrz.specimen("td1"));

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD1);
        assertThat(mrz.documentCode()).isEqualTo("I");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.birthDate().date()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(mrz.expiryDate().date()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.lines()).hasSize(3);
    }

    @Test
    void td2SpecimenParsesWithAllCheckDigitsValid() {
        Mrz mrz = parse(TestMrz.specimen("td2"));

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD2);
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.sex()).isEqualTo(Mrz.Sex.FEMALE);
    }

    @Test
    void mrvASpecimenIsReadAsAVisaWithoutCompositeCheck() {
        Mrz mrz = parse(TestMrz.specimen("mrv-a"));

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(mrz.isVisa()).isTrue();
        assertThat(mrz.documentCode()).isEqualTo("V");
        assertThat(mrz.documentNumber()).isEqualTo("L8988901C");
        assertThat(mrz.nationality()).isEqualTo("XXX");
        assertThat(mrz.birthDate().date()).isEqualTo(LocalDate.of(1940, 9, 7));
        assertThat(mrz.expiryDate().date()).isEqualTo(LocalDate.of(1996, 12, 10));
        assertThat(mrz.optionalData()).isEqualTo("6ZE184226B");
    }

    @Test
    void mrvBSpecimenIsToldApartFromTd2ByItsVisaCode() {
        Mrz mrz = parse(TestMrz.specimen("mrv-b"));

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(mrz.documentNumber()).isEqualTo("L8988901C");
        assertThat(mrz.optionalData()).isEmpty();
    }

    @Test
    void wrongBirthDateCheckDigitIsReportedByLineAndPosition() {
        String mrz = TestMrz.replace(TestMrz.specimen("td3"), 2, 20, '3');

        Mrz parsed = parse(mrz);

        assertThat(parsed.problemsWith(MrzField.BIRTH_DATE)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.position()).isEqualTo(20);
            assertThat(p.describe()).isEqualTo("line 2, position 20: check digit 2 expected, 3 found (birth date)");
            // the same in words a caller translates: a stable code and the digits it names
            assertThat(p.code()).isEqualTo("check-digit");
            assertThat(p.args()).containsExactly("2", "3");
        });
        // The composite covers the birth date's check digit too, so it fails with it.
        assertThat(parsed.problems()).extracting(MrzProblem::field)
                .containsExactly(MrzField.BIRTH_DATE, MrzField.COMPOSITE);
    }

    @Test
    void alteredDocumentNumberFailsItsCheckDigitAndTheCompositeButStillParses() {
        Mrz parsed = parse(TestMrz.replace(TestMrz.specimen("td3"), 2, 1, 'I'));

        assertThat(parsed.documentNumber()).isEqualTo("I898902C3");
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problems()).extracting(MrzProblem::describe).containsExactly(
                "line 2, position 10: check digit 5 expected, 6 found (document number)",
                "line 2, position 44: check digit 9 expected, 0 found (composite)");
    }

    @Test
    void wrongExpiryAndPersonalNumberCheckDigitsAreEachReported() {
        String mrz = TestMrz.replace(TestMrz.replace(TestMrz.specimen("td3"), 2, 28, '0'), 2, 43, '5');

        assertThat(parse(mrz).problems()).extracting(MrzProblem::field)
                .containsExactly(MrzField.EXPIRY_DATE, MrzField.OPTIONAL_DATA, MrzField.COMPOSITE);
    }

    @Test
    void wrongTd1CompositeIsReportedAtLine2Position30() {
        Mrz parsed = parse(TestMrz.replace(TestMrz.specimen("td1"), 2, 30, '1'));

        assertThat(parsed.problems()).extracting(MrzProblem::describe)
                .containsExactly("line 2, position 30: check digit 6 expected, 1 found (composite)");
    }

    @Test
    void td1LongDocumentNumberOverflowsIntoOptionalData() {
        String text = TestMrz.td1("UTO", "D23145890734", "", "740812", 'F', "120415", "UTO", "", "ERIKSSON<<ANNA<MARIA");
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("I<UTOD23145890<7349<<<<<<<<<<<");

        Mrz mrz = parse(text);

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.documentNumber()).isEqualTo("D23145890734");
        assertThat(mrz.optionalData()).isEmpty();
    }

    @Test
    void td1LongDocumentNumberWithWrongCheckDigitIsReportedWhereTheDigitStands() {
        String text = TestMrz.td1("UTO", "D23145890734", "", "740812", 'F', "120415", "UTO", "", "ERIKSSON<<ANNA");
        Mrz mrz = parse(TestMrz.replace(text, 1, 19, '2'));

        assertThat(mrz.problemsWith(MrzField.DOCUMENT_NUMBER)).extracting(MrzProblem::describe)
                .containsExactly("line 1, position 19: check digit 9 expected, 2 found (document number)");
    }

    @Test
    void td1OptionalDataOnBothLinesIsDecoded() {
        String text = TestMrz.td1("D<<", "T22000129", "SERIAL<12", "640812", 'M', "310101", "D<<", "ABC", "MUSTERMANN<<ERIKA");

        Mrz mrz = parse(text);

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.issuingState()).isEqualTo("D");
        assertThat(mrz.nationality()).isEqualTo("D");
        assertThat(mrz.optionalData()).isEqualTo("SERIAL 12");
        assertThat(mrz.optionalData2()).isEqualTo("ABC");
        assertThat(mrz.sex()).isEqualTo(Mrz.Sex.MALE);
    }

    @Test
    void td3WithoutPersonalNumberAcceptsAFillerCheckDigit() {
        String text = TestMrz.td3("MAR", "HAMOUCHI<<ABDELLATIF", "AB1234567", "MAR", "660101", 'M', "300131", "");

        Mrz mrz = parse(text);

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.primaryIdentifier()).isEqualTo("HAMOUCHI");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ABDELLATIF");
        assertThat(mrz.birthDate().date()).isEqualTo(LocalDate.of(1966, 1, 1));
        assertThat(mrz.expiryDate().date()).isEqualTo(LocalDate.of(2030, 1, 31));
    }

    @Test
    void compoundNamesKeepTheirSpaces() {
        String text = TestMrz.td3("UTO", "DE<LA<CRUZ<<MARIA<DEL<CARMEN", "X1", "UTO", "900101", 'F', "300101", "");

        Mrz mrz = parse(text);

        assertThat(mrz.primaryIdentifier()).isEqualTo("DE LA CRUZ");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("MARIA DEL CARMEN");
        assertThat(mrz.documentNumber()).isEqualTo("X1");
    }

    @Test
    void birthCenturyIsInferredSoTheDateLiesInThePast() {
        String born2024 = TestMrz.td3("UTO", "A<<B", "X1", "UTO", "240101", 'X', "340101", "");
        String born1926 = TestMrz.td3("UTO", "A<<B", "X1", "UTO", "260101", 'X', "340101", "");

        assertThat(parse(born2024).birthDate().date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(parse(born1926).birthDate().date()).isEqualTo(LocalDate.of(1926, 1, 1));
        assertThat(parse(born1926).sex()).isEqualTo(Mrz.Sex.UNSPECIFIED);
    }

    @Test
    void expiryCenturyIsInferredWithinFiftyYearsOfToday() {
        String expired1999 = TestMrz.td3("UTO", "A<<B", "X1", "UTO", "700101", 'M', "991231", "");

        assertThat(parse(expired1999).expiryDate().date()).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void unknownDayAndMonthOfBirthAreNotAProblem() {
        String text = TestMrz.td3("UTO", "A<<B", "X1", "UTO", "74<<<<", 'M', "300101", "");

        Mrz mrz = parse(text);

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.birthDate().yymmdd()).isEqualTo("74<<<<");
        assertThat(mrz.birthDate().toLocalDate()).isEmpty();
    }

    @Test
    void impossibleDateIsReportedByField() {
        String text = TestMrz.td3("UTO", "A<<B", "X1", "UTO", "741331", 'M', "300101", "");

        assertThat(parse(text).problems()).extracting(MrzProblem::describe)
                .containsExactly("line 2, position 14: birth date 741331 is not a calendar date");
    }

    @Test
    void twentyNinthOfFebruaryIsJudgedInItsInferredCentury() {
        // 2000 was a leap year, but a birth date of 29 Feb "00" read as 1900 would not exist: here 2000 is in the past.
        assertThat(parse(TestMrz.td3("UTO", "A<<B", "X1", "UTO", "000229", 'M', "300101", "")).birthDate().date())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void letterInDateIsReportedAtItsPosition() {
        String text = TestMrz.replace(TestMrz.specimen("td3"), 2, 16, 'O');

        assertThat(parse(text).problemsWith(MrzField.BIRTH_DATE)).extracting(MrzProblem::describe)
                .contains("line 2, position 16: birth date is digits YYMMDD, 'O' found");
    }

    @Test
    void unknownSexLetterIsReported() {
        String text = TestMrz.replace(TestMrz.specimen("td3"), 2, 21, 'Q');

        assertThat(parse(text).problemsWith(MrzField.SEX)).extracting(MrzProblem::describe)
                .containsExactly("line 2, position 21: sex is M, F, X or <, 'Q' found");
    }

    @Test
    void digitInIssuingStateIsReported() {
        String text = TestMrz.replace(TestMrz.specimen("td3"), 1, 5, '0');

        Mrz mrz = parse(text);

        assertThat(mrz.problemsWith(MrzField.ISSUING_STATE)).extracting(MrzProblem::describe)
                .containsExactly("line 1, position 5: issuing state is letters, '0' found");
    }

    @Test
    void mrzTypedAsOneLineInLowerCaseWithBlanksAroundIsAccepted() {
        String oneLine = "  " + TestMrz.specimen("td3").replace("\n", "").toLowerCase() + " \n";

        Mrz mrz = parse(oneLine);

        assertThat(mrz.isValid()).isTrue();
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
    }

    @Test
    void linesSeparatedByBlanksOrWindowsNewlinesAreAccepted() {
        assertThat(parse(TestMrz.specimen("td1").replace("\n", " ")).isValid()).isTrue();
        assertThat(parse(TestMrz.specimen("td2").replace("\n", "\r\n")).isValid()).isTrue();
    }

    @Test
    void mrzBrokenIntoPiecesByAScannerIsJoined() {
        String td3 = TestMrz.specimen("td3").replace("\n", "");
        String pieces = td3.substring(0, 20) + " " + td3.substring(20, 50) + " " + td3.substring(50, 70) + " " + td3.substring(70);

        assertThat(parse(pieces).isValid()).isTrue();
    }

    @Test
    void lineOfWrongLengthIsNamed() {
        String text = TestMrz.specimen("td3").replace("P<UTOERIKSSON<<", "P<UTOERIKSSON<");

        assertThatThrownBy(() -> parse(text)).isInstanceOf(MrzFormatException.class)
                .hasMessage("line 1 has 43 characters; a TD3 line has 44")
                .satisfies(e -> assertThat(((MrzFormatException) e).line()).isEqualTo(1))
                .satisfies(e -> assertThat(((MrzFormatException) e).code()).isEqualTo("line-length"))
                .satisfies(e -> assertThat(((MrzFormatException) e).args()).containsExactly("1", "43", "TD3", "44"));
    }

    @Test
    void td1LineOfWrongLengthIsNamed() {
        String text = TestMrz.specimen("td1").replace("ERIKSSON<<", "ERIKSSON<<<");

        assertThatThrownBy(() -> parse(text)).hasMessage("line 3 has 31 characters; a TD1 line has 30");
    }

    @Test
    void characterOutsideTheMrzAlphabetIsNamedByLineAndPosition() {
        String text = TestMrz.replace(TestMrz.specimen("td3"), 2, 14, '$');

        assertThatThrownBy(() -> parse(text)).isInstanceOf(MrzFormatException.class)
                .hasMessage("line 2, position 14: character '$' is not allowed in an MRZ (A-Z, 0-9, <)")
                .satisfies(e -> assertThat(((MrzFormatException) e).position()).isEqualTo(14))
                .satisfies(e -> assertThat(((MrzFormatException) e).code()).isEqualTo("character"))
                .satisfies(e -> assertThat(((MrzFormatException) e).args()).containsExactly("2", "14", "$"));
    }

    @Test
    void oneLineOfUnexpectedLengthListsTheValidLengths() {
        assertThatThrownBy(() -> parse("P<UTOERIKSSON")).hasMessageContaining("the MRZ has 13 characters in one line")
                .hasMessageContaining("TD3 and MRV-A 88");
        assertThatThrownBy(() -> parse(TestMrz.specimen("td3").lines().findFirst().orElseThrow()))
                .hasMessage("only one line of 44 characters found; a TD3 or MRV-A MRZ has 2 lines");
        assertThatThrownBy(() -> parse("   ")).hasMessage("the MRZ is empty");
    }

    @Test
    void td2LongDocumentNumberOverflowsIntoOptionalData() {
        String line2 = "D23145890<UTO740812" + TestMrz.cd("740812") + "F120415" + TestMrz.cd("120415")
                + "734" + TestMrz.cd("D23145890734") + "<<<";
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 35);
        String text = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + line2 + TestMrz.cd(composite);

        Mrz mrz = parse(text);

        assertThat(mrz.problems()).isEmpty();
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD2);
        assertThat(mrz.documentNumber()).isEqualTo("D23145890734");
    }

    @Test
    void wrongVisaDocumentNumberCheckDigitIsReportedAndNoCompositeIsExpected() {
        Mrz mrz = parse(TestMrz.replace(TestMrz.specimen("mrv-a"), 2, 10, '5'));

        assertThat(mrz.problems()).extracting(MrzProblem::describe)
                .containsExactly("line 2, position 10: check digit 4 expected, 5 found (document number)");
    }

    @Test
    void visaCodeOnATwoLine44MrzMakesItAnMrvA() {
        String passportAsVisa = TestMrz.specimen("td3").replaceFirst("^P", "V");

        assertThat(parse(passportAsVisa).format()).isEqualTo(MrzFormat.MRV_A);
    }

    @Test
    void checkDigitOfSpecimenFieldsMatchesDoc9303() {
        assertThat(MrzCheckDigit.compute("L898902C3")).isEqualTo(6);
        assertThat(MrzCheckDigit.compute("740812")).isEqualTo(2);
        assertThat(MrzCheckDigit.compute("ZE184226B<<<<<")).isEqualTo(1);
        assertThatThrownBy(() -> MrzCheckDigit.compute("a")).isInstanceOf(IllegalArgumentException.class);
    }
}
