package org.tangier.biometrics;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the fingerprint image decoders — WSQ (JNBIS) and PNG, JPEG, BMP, TIFF... (ImageIO) — with uploaded bytes:
 * decoding returns an image or raises {@link UnusableFingerprintException}, never an internal exception or an
 * out-of-memory error from a header that promises a huge image.
 *
 * <p>Plain {@code mvn test} replays {@code FingerprintDecoderFuzzTestInputs/decode}; docs/fuzzing.md has the long run.
 */
class FingerprintDecoderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void decode(byte[] input) {
        try {
            DecodedImage image = FingerprintDecoder.decode(input);
            assertThat(image.format()).isNotNull();
        } catch (UnusableFingerprintException expected) {
            // the message reaches the answer: it must not carry a library's internal exception text
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("Exception", "out of bounds", "null");
        }
    }
}
