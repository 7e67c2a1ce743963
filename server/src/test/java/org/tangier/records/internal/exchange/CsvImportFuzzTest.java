package org.tangier.records.internal.exchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the CSV record import (RFC 4180 reader, header, per-type columns): it answers with a report, or refuses
 * the whole file with a {@link ProblemException} (a 400, e.g. an unknown column), never an internal exception.
 *
 * <p>The first byte of an input picks the record type, the rest is the file. Plain {@code mvn test} replays
 * {@code CsvImportFuzzTestInputs/importStream}; docs/fuzzing.md has the long run.
 */
class CsvImportFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void importStream(byte[] input) {
        if (input.length == 0) {
            return;
        }
        RecordType type = RecordType.values()[(input[0] & 0xFF) % RecordType.values().length];
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        ImportFuzzing.AcceptingBatches batches = new ImportFuzzing.AcceptingBatches();
        try {
            ImportReport report = new CsvImport(batches)
                    .importStream(ImportFuzzing.OFFICER, new ByteArrayInputStream(file), type, null);
            assertThat(report.imported()).isEqualTo(batches.items.size());
        } catch (ProblemException refused) {
            assertThat(refused.status()).isEqualTo(400);
        }
    }
}
