package org.tangier.matching.mrz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the MRZ parser with what a scanner or a clerk may send: the parser either returns an {@link Mrz} or
 * raises {@link MrzFormatException}, never an internal exception (index out of bounds, null pointer...).
 *
 * <p>Plain {@code mvn test} replays the committed corpus in {@code MrzParserFuzzTestInputs/parse}; fuzzing for
 * real is described in docs/fuzzing.md.
 */
class MrzParserFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Mrz mrz = MrzParser.parse(text, TODAY);
            assertThat(mrz.format()).isNotNull();
            assertThat(mrz.problems()).isNotNull();
        } catch (MrzFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
