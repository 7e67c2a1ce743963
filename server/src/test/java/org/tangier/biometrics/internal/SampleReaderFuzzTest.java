package org.tangier.biometrics.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;
import org.tangier.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes what the fingerprint endpoints read from an upload — an ANSI/NIST-ITL transaction or an image with its
 * finger position — down to the extracted template: samples come back, or a {@link ProblemException} (a 400 naming
 * the field); never an internal exception whose text would reach the answer.
 *
 * <p>Input layout: byte 0 even = a transaction, odd = an image; byte 1 = the finger position code of an image;
 * the rest is the file. Plain {@code mvn test} replays {@code SampleReaderFuzzTestInputs/read}; docs/fuzzing.md has
 * the long run.
 */
class SampleReaderFuzzTest {

    private final SampleReader reader = new SampleReader();

    @FuzzTest(maxDuration = "2m")
    void read(byte[] input) {
        if (input.length < 2) {
            return;
        }
        boolean transaction = (input[0] & 1) == 0;
        int position = input[1];
        MockMultipartFile file = new MockMultipartFile(transaction ? "transaction" : "image", "upload",
                "application/octet-stream", Arrays.copyOfRange(input, 2, input.length));
        try {
            List<ProbeSample> samples = transaction
                    ? reader.read(null, null, file, null)
                    : reader.read(List.of(file), List.of(position), null, null);
            assertThat(samples).isNotEmpty().allSatisfy(s -> assertThat(s.template()).isNotNull());
        } catch (ProblemException refused) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.getMessage()).doesNotContain("Exception", "out of bounds");
        }
    }
}
