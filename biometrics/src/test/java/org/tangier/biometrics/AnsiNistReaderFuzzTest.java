package org.tangier.biometrics;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the ANSI/NIST-ITL reader (JNBIS underneath) with what a live-scan station or a foreign bureau may send:
 * it returns a transaction or raises {@link UnusableFingerprintException} whose message names no internal
 * exception, never an internal exception.
 *
 * <p>Plain {@code mvn test} replays {@code AnsiNistReaderFuzzTestInputs/read}; docs/fuzzing.md has the long run.
 */
class AnsiNistReaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void read(byte[] input) {
        try {
            AnsiNistTransaction transaction = AnsiNistReader.read(input);
            assertThat(transaction.fingerprints()).isNotNull();
        } catch (UnusableFingerprintException expected) {
            // the message reaches the answer: it must not carry a library's internal exception text
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("Exception", "out of bounds", "null");
        }
    }
}
