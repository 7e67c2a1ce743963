package org.tangier.notices.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.springframework.transaction.PlatformTransactionManager;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Fuzzes the UN Security Council consolidated-list import (StAX reading, INDIVIDUAL mapping to a person): a list
 * always imports to a result — an individual it cannot map and XML that is not well-formed are rejections with
 * their reason — and never throws. Storage is mocked, so only the reading and mapping are fuzzed.
 *
 * <p>Plain {@code mvn test} replays {@code UnListImportFuzzTestInputs/run}; docs/fuzzing.md has the long run.
 */
class UnListImportFuzzTest {

    private static final Caller OFFICER = new Caller(Caller.Kind.USER, "fuzz", "fuzz", "XA", Set.of(Role.BUREAU_OFFICER));

    private final UnListImport importer;

    UnListImportFuzzTest() {
        Records records = mock(Records.class);
        when(records.upsert(any(), any())).thenReturn(new Records.UpsertResult(mock(RecordView.class), true));
        importer = new UnListImport(mock(NoticeService.class), records, mock(AuditLog.class),
                mock(PlatformTransactionManager.class));
    }

    @FuzzTest(maxDuration = "2m")
    void run(byte[] input) {
        UnListImport.Result result = importer.run(OFFICER, new ByteArrayInputStream(input));
        assertThat(result.rejected()).allSatisfy(r -> assertThat(r.error()).isNotBlank());
    }
}
