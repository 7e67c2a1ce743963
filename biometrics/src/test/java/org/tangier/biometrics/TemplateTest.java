package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void twoImpressionsOfOneFingerScoreAboveTheMatchThreshold() {
        assertThat(TestPrints.template("probe.png").compare(TestPrints.template("matching.png")))
                .isGreaterThanOrEqualTo(Thresholds.MATCH);
    }

    @Test
    void differentFingersScoreBelowThePossibleThreshold() {
        assertThat(TestPrints.template("probe.png").compare(TestPrints.template("nonmatching.png")))
                .isLessThan(Thresholds.POSSIBLE);
        assertThat(TestPrints.template("matching.png").compare(TestPrints.template("wsq-original.wsq")))
                .isLessThan(Thresholds.POSSIBLE);
    }

    @Test
    void theSameFingerMatchesAcrossImageFormats() {
        assertThat(TestPrints.template("probe.jpeg").compare(TestPrints.template("matching.png")))
                .isGreaterThanOrEqualTo(Thresholds.MATCH);
        assertThat(TestPrints.template("probe.bmp").compare(TestPrints.template("matching.png")))
                .isGreaterThanOrEqualTo(Thresholds.MATCH);
    }

    @Test
    void rolledAndPlainThumbsOfATenPrintCardMatch() {
        assertThat(TestPrints.tenPrint(FingerPosition.RIGHT_THUMB).compare(TestPrints.tenPrint(FingerPosition.PLAIN_RIGHT_THUMB)))
                .isGreaterThanOrEqualTo(Thresholds.MATCH);
        assertThat(TestPrints.tenPrint(FingerPosition.LEFT_THUMB).compare(TestPrints.tenPrint(FingerPosition.PLAIN_LEFT_THUMB)))
                .isGreaterThanOrEqualTo(Thresholds.MATCH);
        assertThat(TestPrints.tenPrint(FingerPosition.RIGHT_THUMB).compare(TestPrints.tenPrint(FingerPosition.PLAIN_LEFT_THUMB)))
                .isLessThan(Thresholds.POSSIBLE);
    }

    @Test
    void storedTemplatesNameTheirExtractorAndMatchAsBefore() {
        Template probe = TestPrints.template("probe.png");
        byte[] stored = probe.toBytes();

        Template restored = Template.fromBytes(stored);

        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("TGFT");
        assertThat(restored.format()).isEqualTo(Template.CURRENT_FORMAT).startsWith("sourceafis/3.18");
        assertThat(restored.isCurrent()).isTrue();
        assertThat(restored.minutiaCount()).isEqualTo(probe.minutiaCount());
        assertThat(restored.compare(TestPrints.template("matching.png")))
                .isEqualTo(probe.compare(TestPrints.template("matching.png")));
    }

    @Test
    void templatesOfAnotherSourceAfisVersionAreReadButMustBeReExtracted() {
        byte[] stored = TestPrints.template("probe.png").toBytes();
        byte[] older = withFormat(stored, "sourceafis/3.17.0");

        Template outdated = Template.fromBytes(older);

        assertThat(outdated.isCurrent()).isFalse();
        assertThat(outdated.format()).isEqualTo("sourceafis/3.17.0");
        assertThatThrownBy(() -> outdated.compare(TestPrints.template("matching.png")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("re-extract");
        assertThatThrownBy(() -> new Gallery().add("P-1", FingerPosition.RIGHT_INDEX, outdated))
                .hasMessageContaining("re-extract");
    }

    @Test
    void refusesBytesThatAreNotATemplate() {
        assertThatThrownBy(() -> Template.fromBytes(TestPrints.bytes("probe.png")))
                .hasMessageContaining("not a Tangier fingerprint template");
    }

    @Test
    void reportsItsMemory() {
        assertThat(TestPrints.template("probe.png").memoryBytes()).isBetween(1_000, 100_000);
    }

    private static byte[] withFormat(byte[] stored, String format) {
        int oldLength = stored[5];
        byte[] name = format.getBytes(StandardCharsets.US_ASCII);
        byte[] payload = Arrays.copyOfRange(stored, 6 + oldLength, stored.length);
        byte[] result = new byte[6 + name.length + payload.length];
        System.arraycopy(stored, 0, result, 0, 5);
        result[5] = (byte) name.length;
        System.arraycopy(name, 0, result, 6, name.length);
        System.arraycopy(payload, 0, result, 6 + name.length, payload.length);
        return result;
    }
}
