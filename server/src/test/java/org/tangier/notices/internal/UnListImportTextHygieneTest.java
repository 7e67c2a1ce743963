package org.tangier.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * The UN list import applies the edge's text rule (platform.Texts) to every entry: an INDIVIDUAL with a control
 * character or a bidi override in any text is rejected with its index and reason, before anything of it is written,
 * and the others import.
 */
class UnListImportTextHygieneTest {

    private static final Caller OFFICER = new Caller(Caller.Kind.USER, "un.importer", "un.importer", "XA",
            Set.of(Role.BUREAU_OFFICER));

    private final Records records = mock(Records.class);
    private final NoticeService notices = mock(NoticeService.class);
    private final UnListImport importer;

    UnListImportTextHygieneTest() {
        RecordView person = mock(RecordView.class);
        when(person.id()).thenReturn(java.util.UUID.randomUUID());
        when(records.upsert(any(), any())).thenReturn(new Records.UpsertResult(person, true));
        when(notices.upsertUnNotice(any(), anyString(), any(), anyString(), anyMap(), any())).thenReturn(true);
        importer = new UnListImport(notices, records, mock(AuditLog.class), mock(PlatformTransactionManager.class));
    }

    static String individual(String reference, String firstName, String designation) {
        return "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>" + firstName + "</FIRST_NAME><SECOND_NAME>SYNTHETIC</SECOND_NAME>"
                + "<UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>" + reference + "</REFERENCE_NUMBER>"
                + "<LISTED_ON>2012-12-31</LISTED_ON><DESIGNATION><VALUE>" + designation + "</VALUE></DESIGNATION>"
                + "</INDIVIDUAL>";
    }

    @Test
    void anEntryWithAControlCharacterOrABidiOverrideIsRejectedWithItsIndexAndTheRestImports() {
        String list = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CONSOLIDATED_LIST><INDIVIDUALS>"
                + individual("CDi.901", "ANNA", "General")
                + individual("CDi.902", "BOR&#x202E;IS", "General")
                + individual("CDi.903", "CARLA", "Colonel&#x9B;")
                + individual("CDi.904", "DAVID", "Major")
                + "</INDIVIDUALS></CONSOLIDATED_LIST>";

        UnListImport.Result result = importer.run(OFFICER, new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).extracting(UnListImport.Rejection::index).containsExactly(2, 3);
        assertThat(result.rejected()).extracting(UnListImport.Rejection::id).containsExactly("CDi.902", "CDi.903");
        assertThat(result.rejected().get(0).error()).startsWith("FIRST_NAME: ")
                .contains("bidirectional formatting character U+202E at position 4");
        assertThat(result.rejected().get(1).error()).startsWith("DESIGNATION")
                .contains("control character U+009B");
        // nothing of a rejected entry is written: one person and one notice per imported entry only
        verify(records, times(2)).upsert(eq(OFFICER), any(RecordDraft.class));
        verify(notices, times(2)).upsertUnNotice(eq(OFFICER), anyString(), any(), anyString(), anyMap(), any());
        verify(notices).upsertUnNotice(eq(OFFICER), eq("CDi.901"), any(), anyString(), anyMap(), any());
        verify(notices).upsertUnNotice(eq(OFFICER), eq("CDi.904"), any(), anyString(), anyMap(), any());
    }
}
