package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnsiNistReaderTest {

    private static final List<FingerPosition> TEN_PRINT_CARD = List.of(
            FingerPosition.RIGHT_THUMB, FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE,
            FingerPosition.RIGHT_RING, FingerPosition.RIGHT_LITTLE, FingerPosition.LEFT_THUMB,
            FingerPosition.LEFT_INDEX, FingerPosition.LEFT_MIDDLE, FingerPosition.LEFT_RING,
            FingerPosition.LEFT_LITTLE, FingerPosition.PLAIN_LEFT_FOUR_FINGERS, FingerPosition.PLAIN_LEFT_THUMB,
            FingerPosition.PLAIN_RIGHT_THUMB, FingerPosition.PLAIN_RIGHT_FOUR_FINGERS);

    @Test
    void readsTheHeaderAndDescriptiveTextOfATransaction() {
        AnsiNistTransaction card = TestPrints.transaction("type-4-tpcard.an2");

        assertThat(card.version()).isEqualTo("0400");
        assertThat(card.transactionType()).isEqualTo("AMN");
        assertThat(card.destinationAgency()).isEqualTo("DAI000000");
        assertThat(card.controlNumber()).startsWith("jck");
        assertThat(card.descriptiveText()).hasSize(1);
        assertThat(card.descriptiveText().get(0)).containsEntry(3, "domain defined text place holder");
    }

    @Test
    void readsTheFingerPositionsAndResolutionOfTypeFourRecords() {
        AnsiNistTransaction card = TestPrints.transaction("type-4-tpcard.an2");

        assertThat(card.fingerprints()).extracting(FingerprintSample::position).containsExactlyElementsOf(TEN_PRINT_CARD);
        assertThat(card.fingerprints()).allSatisfy(sample -> {
            assertThat(sample.format()).isEqualTo(ImageFormat.WSQ);
            assertThat(sample.dpi()).isCloseTo(500, within(1.0)); // 19.69 pixels per millimetre
        });
        assertThat(card.singleFingers()).hasSize(12);
    }

    @Test
    void readsTheFingerPositionsAndResolutionOfTypeFourteenRecords() {
        AnsiNistTransaction card = TestPrints.transaction("type-14-tpcard-nqm.an2");

        assertThat(card.fingerprints()).extracting(FingerprintSample::position)
                .containsExactlyInAnyOrderElementsOf(TEN_PRINT_CARD);
        assertThat(card.fingerprints()).allSatisfy(sample -> assertThat(sample.dpi()).isCloseTo(500, within(1.0)));
    }

    @Test
    void readsFingertipAndJointImagesAtPositionNineteen() {
        AnsiNistTransaction tips = TestPrints.transaction("type-14-tip-eji-wsq.an2");

        assertThat(tips.fingerprints()).hasSize(5).allSatisfy(sample -> {
            assertThat(sample.position()).isEqualTo(FingerPosition.EJI_OR_TIP);
            assertThat(sample.dpi()).isEqualTo(500);
        });
        assertThat(tips.singleFingers()).isEmpty();
    }

    @Test
    void everyPrintOfTheCardDecodesAtItsStatedResolution() {
        for (FingerprintSample sample : TestPrints.transaction("type-14-tpcard-nqm.an2").fingerprints()) {
            DecodedImage image = FingerprintDecoder.decode(sample);
            assertThat(image.dpiSource()).isEqualTo(DecodedImage.DpiSource.CALLER);
            assertThat(image.width()).isGreaterThan(300);
        }
    }

    @Test
    void refusesAFileThatIsNotATransaction() {
        assertThatThrownBy(() -> AnsiNistReader.read(TestPrints.bytes("probe.png")))
                .isInstanceOfSatisfying(UnusableFingerprintException.class, e -> assertThat(e.reason())
                        .isEqualTo(UnusableFingerprintException.Reason.INVALID_TRANSACTION))
                .hasMessageContaining("not an ANSI/NIST-ITL transaction");
        assertThatThrownBy(() -> AnsiNistReader.read("1.001:hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnusableFingerprintException.class);
    }

    @Test
    void refusesATruncatedTransaction() {
        byte[] card = TestPrints.bytes("ansi-nist/type-4-tpcard.an2");

        assertThatThrownBy(() -> AnsiNistReader.read(Arrays.copyOf(card, card.length / 2)))
                .isInstanceOf(UnusableFingerprintException.class)
                .hasMessageContaining("ANSI/NIST-ITL");
    }
}
