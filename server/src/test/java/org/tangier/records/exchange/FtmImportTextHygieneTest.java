package org.tangier.records.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tangier.records.exchange.ExchangeFixtures.agency;
import static org.tangier.records.exchange.ExchangeFixtures.lines;
import static org.tangier.records.exchange.ExchangeFixtures.officer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Caller;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.records.internal.exchange.FtmImport;
import org.tangier.records.internal.exchange.ImportReport;
import org.tangier.testing.TangierTest;

/**
 * The FtM import applies the edge's text rule (platform.Texts): an entity with NUL, another control character, a bidi
 * override or a lone surrogate in any text is rejected with its line and reason, none of the records it maps to is
 * written, and the other lines import.
 */
@TangierTest
class FtmImportTextHygieneTest {

    @Autowired
    FtmImport ftmImport;
    @Autowired
    Records records;
    @Autowired
    JdbcClient jdbc;

    static String person(String id, String nameJson, String email) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[" + nameJson + "],"
                + "\"birthDate\":[\"1970\"],\"email\":[\"" + email + "\"]}}";
    }

    @Test
    void anEntityWithUnstorableTextIsRejectedWithItsLineAndNothingOfItIsWritten() {
        String owner = agency(jdbc, "FH");
        Caller officer = officer(owner);
        ImportReport report = ftmImport.importStream(officer, lines(
                person("h-1", "\"Amina Tazi\"", "amina@example.org"),
                person("h-2", "\"Omar\\u0000 Idrissi\"", "omar@example.org"),
                person("h-3", "\"Youssef Alaoui\"", "you\\u202Essef@example.org"),
                person("h-4", "\"Salma \\ud800Bennani\"", "salma@example.org"),
                person("h-5", "\"Karim\\u0007 Fassi\"", "karim@example.org"),
                person("h-6", "\"Nadia Berrada\"", "nadia@example.org")), null);

        assertThat(report.rejected()).extracting(ImportReport.Rejected::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(report.rejected()).extracting(ImportReport.Rejected::id).containsExactly("h-2", "h-3", "h-4", "h-5");
        assertThat(report.rejected().get(0).error()).isEqualTo(
                "properties.name[0]: contains the control character U+0000 at position 5");
        assertThat(report.rejected().get(1).error()).startsWith("properties.email[0]: ")
                .contains("bidirectional formatting character U+202E");
        assertThat(report.rejected().get(2).error()).contains("unpaired surrogate U+D800");
        assertThat(report.rejected().get(3).error()).contains("control character U+0007");
        assertThat(report.imported()).as("two persons and their two e-mail indicators").isEqualTo(4);

        List<RecordView> stored = records.search(officer, new RecordSearch(null, null, null, owner, 100, 0), "test");
        assertThat(stored).extracting(RecordView::externalId).allMatch(id -> id.startsWith("h-1") || id.startsWith("h-6"));
        assertThat(stored).extracting(RecordView::caption).doesNotContain("Omar\u0000 Idrissi", "Youssef Alaoui",
                "Karim\u0007 Fassi").contains("Amina Tazi", "Nadia Berrada");
    }
}
