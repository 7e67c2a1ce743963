package org.tangier.records.internal.exchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the FollowTheMoney NDJSON import (line reader, JSON, entity and schema mapping) with an uploaded file: the
 * import always answers with a report — a line it cannot read is a rejection with its number — and never throws.
 *
 * <p>Plain {@code mvn test} replays {@code FtmImportFuzzTestInputs/importStream}; docs/fuzzing.md has the long run.
 */
class FtmImportFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "2m")
    void importStream(byte[] input) {
        ImportFuzzing.AcceptingBatches batches = new ImportFuzzing.AcceptingBatches();
        ImportReport report = new FtmImport(batches, JSON)
                .importStream(ImportFuzzing.OFFICER, new ByteArrayInputStream(input), null, 7);
        assertThat(report.imported()).isEqualTo(batches.items.size());
        assertThat(report.rejected()).allSatisfy(r -> assertThat(r.error()).isNotBlank());
    }
}
