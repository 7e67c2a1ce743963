package org.tangier.screening.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.tangier.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the passenger-manifest reader (CSV with , ; or tab, JSON, NDJSON): it returns rows or refuses the manifest
 * with a {@link ProblemException} (a 400 naming the line), never an internal exception.
 *
 * <p>The first byte of an input picks the declared content type, the rest is the upload. Plain {@code mvn test}
 * replays {@code ManifestReaderFuzzTestInputs/read}; docs/fuzzing.md has the long run.
 */
class ManifestReaderFuzzTest {

    private static final String[] TYPES = {"text/csv", "application/json", "application/x-ndjson", null};
    private static final int MAX_ROWS = 50;

    @FuzzTest(maxDuration = "2m")
    void read(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String type = TYPES[(input[0] & 0xFF) % TYPES.length];
        byte[] upload = Arrays.copyOfRange(input, 1, input.length);
        try {
            List<ManifestReader.Row> rows = ManifestReader.read(new ByteArrayInputStream(upload), type, "manifest", MAX_ROWS);
            assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_ROWS);
            rows.forEach(ManifestReader.Row::summary);
        } catch (ProblemException refused) {
            assertThat(refused.status()).isEqualTo(400);
        }
    }
}
