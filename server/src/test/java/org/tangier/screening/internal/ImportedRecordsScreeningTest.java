package org.tangier.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.access.Restriction;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.Records;
import org.tangier.records.RecordsImported;
import org.tangier.records.RecordsImported.ImportedRecord;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.internal.RecordBatches;
import org.tangier.records.internal.RecordBatches.BatchItem;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestCallers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An import reaches screening through one batch event that carries its records, not one read-back per record. */
@TangierTest
@RecordApplicationEvents
class ImportedRecordsScreeningTest {

    @Autowired
    RecordBatches batches;
    @Autowired
    Records records;
    @Autowired
    ScreeningIndex index;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JsonMapper json;
    @Autowired
    ScreeningFixtures fixtures;

    String owner;
    String checking;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("IO");
        checking = fixtures.agency("IC");
    }

    static String documentNumber() {
        return "IM" + (1_000_000 + new Random().nextInt(8_000_000));
    }

    Caller officer() {
        return TestCallers.user(owner.toLowerCase(Locale.ROOT) + ".bureau", owner, EnumSet.of(Role.BUREAU_OFFICER));
    }

    JsonNode checkDocument(String number) throws Exception {
        String body = "{\"purpose\":\"border control\",\"document\":{\"number\":\"" + number
                + "\",\"issuingCountry\":\"MAR\"}}";
        return json.readTree(mvc.perform(post("/api/v1/screening/checks").with(as(border(checking)))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void importedRecordsAreFoundByScreeningRightAfterTheImport(ApplicationEvents published) throws Exception {
        String first = documentNumber();
        String second = documentNumber();
        RecordBatches.BatchResult result = batches.upsertBatch(officer(), List.of(
                BatchItem.of(1, draft("doc-1-" + first, first)),
                BatchItem.of(2, draft("doc-2-" + second, second))), "csv:travel-document");
        assertThat(result.created()).isEqualTo(2);

        JsonNode answer = checkDocument(second);
        assertThat(answer.get("outcome").asString()).isEqualTo("HIT");
        assertThat(answer.get("matches").get(0).get("ownerAgency").asString()).isEqualTo(owner);
        assertThat(checkDocument(first).get("outcome").asString()).isEqualTo("HIT");

        List<RecordsImported> imports = published.stream(RecordsImported.class)
                .filter(e -> e.ownerAgency().equals(owner)).toList();
        assertThat(imports).as("one event for the batch").hasSize(1);
        assertThat(imports.get(0).records()).as("the event carries what screening indexes")
                .extracting(r -> ((TravelDocumentDetails) r.details()).number())
                .containsExactlyInAnyOrder(first, second);
        assertThat(imports.get(0).records()).allSatisfy(r -> {
            assertThat(r.restriction()).isEqualTo(Restriction.ALL_MEMBERS);
            assertThat(r.status()).isEqualTo(RecordStatus.ACTIVE);
        });
        assertThat(published.stream(RecordChanged.class).filter(e -> e.ownerAgency().equals(owner)))
                .as("no event per imported record").isEmpty();
    }

    @Test
    void anImportBatchLeavesNoPublicationInTheEventRegistryOnASingleNode() throws Exception {
        String sql = "select count(*) from event_publication where event_type like '%RecordsImported'";
        long before = jdbc.sql(sql).query(Long.class).single();
        String number = documentNumber();
        batches.upsertBatch(officer(), List.of(BatchItem.of(1, draft("reg-" + number, number))), "csv:travel-document");

        assertThat(checkDocument(number).get("outcome").asString()).as("indexed after the commit").isEqualTo("HIT");
        assertThat(jdbc.sql(sql).query(Long.class).single()).as("the per-node index keeps no registry entry")
                .isEqualTo(before);
    }

    @Test
    void aRolledBackBatchIsNotIndexed() {
        String number = documentNumber();
        try {
            tx.executeWithoutResult(status -> {
                batches.upsertBatch(officer(), List.of(BatchItem.of(1, draft("rb-" + number, number))), "csv:travel-document");
                status.setRollbackOnly();
            });
        } finally {
            assertThat(index.lookup(ScreeningKeys.documentKey("MA", number))).as("nothing committed, nothing indexed")
                    .isEmpty();
        }
    }

    @Test
    void theFeedIndexesAnImportFromItsEventWithoutReadingRecordsBack() {
        // a record that is in the event only: reading it back would find nothing and drop it from the index
        UUID id = UUID.randomUUID();
        String number = documentNumber();
        TravelDocumentDetails details = new TravelDocumentDetails(number, "passport", "MA", "stolen", "2026-01-05", null);
        events.publishEvent(new RecordsImported(owner, "test", List.of(new ImportedRecord(id, RecordType.TRAVEL_DOCUMENT,
                owner, Restriction.ALL_MEMBERS, RecordStatus.ACTIVE, 1, details.caption(), details, null))));
        try {
            assertThat(index.find(id)).as("indexed from the event's content").isPresent();
        } finally {
            index.remove(id);
        }
    }

    @Test
    void aLateBatchEventDoesNotOverwriteALaterChangeOfItsRecords() throws Exception {
        String number = documentNumber();
        batches.upsertBatch(officer(), List.of(BatchItem.of(1, draft("late-" + number, number))), "csv:travel-document");
        UUID id = jdbc.sql("select id from record where owner_agency = ? and external_id = ?")
                .params(owner, "late-" + number).query(UUID.class).single();
        // the event as it was written two minutes ago, carrying a number the record no longer has
        String old = documentNumber();
        TravelDocumentDetails stale = new TravelDocumentDetails(old, "passport", "MA", "stolen", "2026-01-05", null);
        events.publishEvent(new RecordsImported(owner, "csv", List.of(new ImportedRecord(id, RecordType.TRAVEL_DOCUMENT,
                owner, Restriction.ALL_MEMBERS, RecordStatus.ACTIVE, 0, stale.caption(), stale, null)),
                java.time.Instant.now().minusSeconds(120)));
        assertThat(checkDocument(number).get("outcome").asString()).as("the stored record is indexed").isEqualTo("HIT");
        assertThat(checkDocument(old).get("outcome").asString()).as("the stale copy is not").isEqualTo("NO_HIT");
    }

    @Test
    void theBatchEventReadsBackFromItsJsonAsTheRegistryDoesAtRestart() {
        String number = documentNumber();
        TravelDocumentDetails details = new TravelDocumentDetails(number, "passport", "MA", "stolen", "2026-01-05", null);
        RecordsImported event = new RecordsImported(owner, "ftm", List.of(new ImportedRecord(UUID.randomUUID(),
                RecordType.TRAVEL_DOCUMENT, owner, Restriction.parse("only:" + checking), RecordStatus.ACTIVE, 2,
                details.caption(), details, "ext-1")));
        assertThat(json.readValue(json.writeValueAsString(event), RecordsImported.class)).isEqualTo(event);
    }

    RecordDraft draft(String externalId, String number) {
        return new RecordDraft(new TravelDocumentDetails(number, "passport", "MA", "stolen", "2026-01-05", null),
                "all", null, externalId);
    }
}
