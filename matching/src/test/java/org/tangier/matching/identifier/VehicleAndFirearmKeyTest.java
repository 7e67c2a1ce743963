package org.tangier.matching.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VehicleAndFirearmKeyTest {

    @Test
    void northAmericanVinWithValidCheckDigitIsAccepted() {
        Vin vin = Vin.of("1m8gdm9a-xkp042788");

        assertThat(vin.value()).isEqualTo("1M8GDM9AXKP042788");
        assertThat(vin.checkDigitMatches()).isTrue();
        assertThat(vin.warnings()).isEmpty();
        assertThat(vin.manufacturer()).isEqualTo("1M8");
    }

    @Test
    void northAmericanVinWithWrongCheckDigitIsRejected() {
        assertThatThrownBy(() -> Vin.of("1M8GDM9A3KP042788")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("position 9: check digit X expected, 3 found");
    }

    @Test
    void europeanVinFailingTheCheckDigitIsReportedNotRejected() {
        Vin vin = Vin.of("WVWZZZ1JZXW000001");

        assertThat(vin.checkDigitMatches()).isFalse();
        assertThat(vin.warnings()).singleElement().asString().startsWith("position 9: check digit");
    }

    @Test
    void letterOInAVinIsReadAsZeroWithAWarning() {
        Vin vin = Vin.of("1M8GDM9AXKPO42788");

        assertThat(vin.value()).isEqualTo("1M8GDM9AXKP042788");
        assertThat(vin.warnings()).containsExactly("position 12: O read as 0 (VINs never use I, O, Q)");
    }

    @Test
    void vinOfWrongLengthIsRejectedWithItsLength() {
        assertThatThrownBy(() -> Vin.of("1M8GDM9AXKP04278")).hasMessage("a VIN has 17 characters, 16 found");
        assertThatThrownBy(() -> Vin.of("1M8GDM9AXKP04278*")).hasMessageStartingWith("position 17: '*' is not used in VINs");
    }

    @Test
    void plateIsStrippedOfSeparatorsAndItsArabicIndicDigitsMadeAscii() {
        PlateKey typed = PlateKey.of("MA", "12345 | أ | 6");
        PlateKey arabicDigits = PlateKey.of("MAR", "١٢٣٤٥-أ-٦");

        assertThat(typed.plate()).isEqualTo("12345أ6");
        assertThat(arabicDigits).isEqualTo(typed);
        assertThat(typed.lookupKey()).isEqualTo("MAR12345أ6");
    }

    @Test
    void latinPlateIsUpperCasedAndConfusablesFoldedInTheKey() {
        assertThat(PlateKey.of("fr", "ab-123-cd").plate()).isEqualTo("AB123CD");
        assertThat(PlateKey.of("FR", "AB-I23-CD").lookupKey()).isEqualTo(PlateKey.of("FR", "AB-123-CD").lookupKey());
    }

    @Test
    void plateWithPunctuationIsRejected() {
        assertThatThrownBy(() -> PlateKey.of("FR", "AB*123")).hasMessageContaining("'*' found at position 3");
    }

    @Test
    void firearmMakeLosesPunctuationAndAccents() {
        assertThat(FirearmKey.of("Heckler & Koch", "ab-12 345")).isEqualTo(new FirearmKey("HECKLERKOCH", "AB12345"));
        assertThat(FirearmKey.of("Česká zbrojovka", "A1").make()).isEqualTo("CESKAZBROJOVKA");
    }

    @Test
    void firearmSerialKeyWorksWithoutTheMake() {
        FirearmKey known = FirearmKey.of("Glock", "BSO-123");
        FirearmKey unknownMake = FirearmKey.of(null, "bs0 123");

        assertThat(known.serialKey()).isEqualTo(unknownMake.serialKey());
        assertThat(known.lookupKey()).isEqualTo("GLOCK|850123");
    }
}
