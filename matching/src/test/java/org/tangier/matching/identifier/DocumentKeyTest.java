package org.tangier.matching.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tangier.matching.mrz.MrzParser;

class DocumentKeyTest {

    @Test
    void blanksDashesAndCaseAreIgnoredInTheNumber() {
        DocumentKey key = DocumentKey.of("ma", " ab 123-456. ");

        assertThat(key.issuingCountry().alpha3()).isEqualTo("MAR");
        assertThat(key.number()).isEqualTo("AB123456");
    }

    @Test
    void clerkConfusionOAndZeroGiveTheSameKey() {
        DocumentKey typed = DocumentKey.of("UTO", "L898902C3");
        DocumentKey misread = DocumentKey.of("UTO", "L8989O2C3");

        assertThat(typed.lookupKey()).isEqualTo(misread.lookupKey());
        assertThat(typed.number()).isNotEqualTo(misread.number());
    }

    @Test
    void clerkConfusionIAndOneGiveTheSameKey() {
        assertThat(DocumentKey.of("FR", "12AI34567").lookupKey()).isEqualTo(DocumentKey.of("FRA", "12A134567").lookupKey());
    }

    @Test
    void arabicLetterInADocumentNumberIsRejectedByPosition() {
        assertThatThrownBy(() -> DocumentKey.of("SA", "ب١٢٣٤٥"))
                .hasMessage("a document number may hold only letters A-Z and digits; 'ب' found at position 1");
    }

    @Test
    void easternArabicDigitsInANumberBecomeAscii() {
        assertThat(DocumentKey.of("MAR", "AB١٢٣٤۵٦").number()).isEqualTo("AB123456");
    }

    @Test
    void alpha2AndAlpha3CountryGiveTheSameKey() {
        assertThat(DocumentKey.of("gb", "123456789")).isEqualTo(DocumentKey.of("GBR", "123456789"));
        assertThat(DocumentKey.of("D<<", "T22000129").issuingCountry().alpha3()).isEqualTo("DEU");
    }

    @Test
    void mrzDocumentGivesTheSameKeyAsTheTypedNumber() {
        var mrz = MrzParser.parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                LocalDate.of(2025, 1, 1));

        assertThat(DocumentKey.of(mrz)).isEqualTo(DocumentKey.of("uto", "l898902c3"));
    }

    @Test
    void unknownCountryIsRejectedByName() {
        assertThatThrownBy(() -> DocumentKey.of("ZZ", "123")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("'ZZ' is not an ISO 3166 country code");
    }

    @Test
    void punctuationInsideANumberIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> DocumentKey.of("MA", "AB12#34")).hasMessage(
                "a document number may hold only letters A-Z and digits; '#' found at position 5");
    }

    @Test
    void emptyNumberIsRejected() {
        assertThatThrownBy(() -> DocumentKey.of("MA", " - ")).hasMessage("a document number is required");
    }

    @Test
    void countryCodesOfDoc9303OrganisationsAreAccepted() {
        assertThat(Country.of("XXA").alpha2()).isEmpty();
        assertThat(Country.of("XK").alpha3()).isEqualTo("RKS");
        assertThat(Country.of("mar").alpha2()).contains("MA");
    }

    @Test
    void validationReportsTheMessageInsteadOfThrowing() {
        assertThat(Validation.of(() -> DocumentKey.of("XY", "1"))).isInstanceOf(Validation.Invalid.class);
        assertThat(Validation.of(() -> DocumentKey.of("MA", "1")).isValid()).isTrue();
    }
}
