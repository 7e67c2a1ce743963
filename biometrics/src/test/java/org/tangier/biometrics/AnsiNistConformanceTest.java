package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every conformant transaction is read; every malformed one is refused with a message naming the record and the
 * field, never an index error. Conformant transactions come from NIST's reference set and from
 * {@link AnsiNistWriter} (types 1, 2, 4, 9, 13, 14 in one transaction).
 */
class AnsiNistConformanceTest {

    /** A transaction holding every record type Tangier reads, built from SourceAFIS's real prints. */
    static byte[] everyType() {
        DecodedImage matching = FingerprintDecoder.decode(TestPrints.bytes("matching.png"));
        DecodedImage probe = FingerprintDecoder.decode(TestPrints.bytes("probe.png"));
        return new AnsiNistWriter("CAR", "MA0000001", "TN0000001", "TCN-1")
                .descriptiveText(Map.of(3, "Tangier conformance test"))
                .minutiaeHeader(FingerPosition.RIGHT_INDEX, 40)
                .typeFour(FingerPosition.RIGHT_INDEX, matching.width(), matching.height(), matching.pixels())
                .image(true, FingerPosition.UNKNOWN, probe.width(), probe.height(), 500, "NONE", probe.pixels())
                .image(false, FingerPosition.RIGHT_INDEX, probe.width(), probe.height(), 500, "PNG", TestPrints.bytes("probe.png"))
                .toBytes();
    }

    @Test
    void aTransactionOfTypesOneTwoFourNineThirteenAndFourteenIsReadWhole() {
        AnsiNistTransaction read = AnsiNistReader.read(everyType());

        assertThat(read.recordTypes()).containsExactly(1, 2, 9, 4, 13, 14);
        assertThat(read.transactionType()).isEqualTo("CAR");
        assertThat(read.originatingAgency()).isEqualTo("MA0000001");
        assertThat(read.descriptiveText().get(0)).containsEntry(3, "Tangier conformance test");
        assertThat(read.fingerprints()).extracting(FingerprintSample::position)
                .containsExactly(FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_INDEX);
        assertThat(read.fingerprintRecords()).containsExactly("type-4 record (IDC 03)", "type-14 record (IDC 05)");
        assertThat(read.latents()).hasSize(1);
        assertThat(read.latentRecords()).containsExactly("type-13 record (IDC 04)");
        // the images survive the round trip: the type-4 print still matches its twin impression
        Template typeFour = Template.extract(read.fingerprints().get(0));
        Template latent = Template.extract(read.latents().get(0));
        assertThat(latent.compare(typeFour)).isGreaterThan(Thresholds.MATCH);
    }

    @ParameterizedTest
    @CsvSource({
            "type-4-tpcard.an2, 14, 0",
            "type-14-tpcard-nqm.an2, 14, 0",
            "type-14-tip-eji-wsq.an2, 5, 0",
            "type-13-tip-eji-wsq.an2, 0, 5",
            "type-4-slaps.an2, 4, 0"})
    void nistReferenceTransactionsWithFingerprintsAreRead(String file, int prints, int latents) {
        AnsiNistTransaction read = TestPrints.transaction(file);

        assertThat(read.fingerprints()).hasSize(prints);
        assertThat(read.latents()).hasSize(latents);
        assertThat(read.hasFingerprints()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "rec01_rec02_rec16.nst.an2, '1, 2, 16'",
            "type-10-branded-tattoo-mark.an2, '1, 2, 10'",
            "type-8-sig-fax.an2, '1, 2, 8'"})
    void nistReferenceTransactionsWithoutFingerprintsSaySoExactly(String file, String types) {
        AnsiNistTransaction read = TestPrints.transaction(file);

        assertThat(read.hasFingerprints()).isFalse();
        assertThat(read.noFingerprintMessage())
                .isEqualTo("the ANSI/NIST-ITL transaction holds no fingerprint record (type 4, 13 or 14); its records are of type " + types);
    }

    @Test
    void aTruncatedImageRecordIsNamedWithItsLengthField() {
        byte[] whole = everyType();
        byte[] truncated = Arrays.copyOf(whole, whole.length - 5_000);

        assertRefused(truncated, "record 6 (type 14, IDC 05), field 14.001 (LEN): says", "remain in the file");
    }

    @Test
    void aTypeOneLengthThatDisagreesWithTheRecordIsNamed() {
        assertRefused(edit(everyType(), s -> s.replaceFirst("1\\.001:(\\d+)", "1.001:9$1")),
                "type-1 record, field 1.001 (LEN): says");
    }

    @Test
    void aRecordOfAnotherTypeThanTheContentFieldListsIsNamed() {
        // CNT says the fifth record is type 14 where a type-13 record follows
        assertRefused(edit(everyType(), s -> s.replace("\u001e13\u001f04", "\u001e14\u001f04")),
                "record 5 (type 14, IDC 04): expected to start with field 14.001 (LEN) as field 1.003 (CNT) lists it");
    }

    @Test
    void aGarbledContentSubfieldIsNamed() {
        assertRefused(edit(everyType(), s -> s.replace("\u001e2\u001f01", "\u001e2x01")),
                "type-1 record, field 1.003 (CNT), subfield 2: \"2x01\" is not a record type and IDC");
    }

    @Test
    void aMissingVersionIsNamed() {
        assertRefused(edit(everyType(), s -> s.replace("\u001d1.002:0500", "\u001d1.099:0500")),
                "field 1.002 (VER): missing");
    }

    @Test
    void bytesAfterTheLastListedRecordAreNamed() {
        byte[] whole = everyType();
        byte[] longer = Arrays.copyOf(whole, whole.length + 7);

        assertRefused(longer, "type-1 record, field 1.003 (CNT): lists 5 records", "7 bytes follow the last of them");
    }

    @Test
    void aFingerPositionOutOfRangeIsNamedWithItsField() {
        // same length, so that only the field is wrong: BPX gives up its digit to FGP
        assertRefused(edit(everyType(), s -> s.replace("14.012:8\u001d14.013:2\u001d", "14.012:\u001d14.013:42\u001d")),
                "type-14 record (IDC 05), field 14.013 (FGP): finger position 42 is not a finger");
    }

    @Test
    void aFieldWithoutATagIsNamed() {
        assertRefused(edit(everyType(), s -> s.replace("\u001d2.003:", "\u001dgarbag")),
                "record 2 (type 2, IDC 01): the field after 2.002 does not start with a tag");
    }

    @Test
    void aTransactionWithoutFingerprintRecordsSaysExactlyThat() {
        byte[] textOnly = new AnsiNistWriter("CAR", "MA0000001", "TN0000001", "TCN-2")
                .descriptiveText(Map.of(3, "no prints")).toBytes();

        AnsiNistTransaction read = AnsiNistReader.read(textOnly);

        assertThat(read.hasFingerprints()).isFalse();
        assertThat(read.noFingerprintMessage()).contains("holds no fingerprint record (type 4, 13 or 14)", "of type 1, 2");
    }

    @Test
    void everyPrefixOfAConformantTransactionIsRefusedWithoutAnInternalError() {
        byte[] whole = TestPrints.bytes("ansi-nist/type-10-branded-tattoo-mark.an2");
        for (int length = 10; length < whole.length; length += 97) {
            byte[] prefix = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> AnsiNistReader.read(prefix))
                    .isInstanceOf(UnusableFingerprintException.class)
                    .hasMessageStartingWith("ANSI/NIST-ITL ")
                    .hasMessageNotContaining("Exception").hasMessageNotContaining("out of bounds").hasMessageNotContaining("null");
        }
    }

    private static void assertRefused(byte[] transaction, String... expected) {
        assertThatThrownBy(() -> AnsiNistReader.read(transaction))
                .isInstanceOf(UnusableFingerprintException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(List.of(expected)));
    }

    /** Edits the transaction as ISO-8859-1 text, so every byte maps to one character and back. */
    private static byte[] edit(byte[] transaction, UnaryOperator<String> change) {
        String text = new String(transaction, StandardCharsets.ISO_8859_1);
        String changed = change.apply(text);
        assertThat(changed).as("the edit applies").isNotEqualTo(text);
        return changed.getBytes(StandardCharsets.ISO_8859_1);
    }
}
