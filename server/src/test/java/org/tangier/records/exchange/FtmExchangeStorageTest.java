package org.tangier.records.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tangier.records.exchange.ExchangeFixtures.agency;
import static org.tangier.records.exchange.ExchangeFixtures.lines;
import static org.tangier.records.exchange.ExchangeFixtures.officer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordType;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.records.internal.exchange.FtmExport;
import org.tangier.records.internal.exchange.FtmImport;
import org.tangier.records.internal.exchange.ImportReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** FollowTheMoney NDJSON in and out, on H2 and PostgreSQL (subclasses). */
abstract class FtmExchangeStorageTest {

    @Autowired
    FtmImport ftmImport;
    @Autowired
    FtmExport ftmExport;
    @Autowired
    Records records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CrimeAreas crimeAreas;

    String owner;
    String allowed;
    String refused;
    Caller officer;

    @BeforeEach
    void agencies() {
        owner = agency(jdbc, "FO");
        allowed = agency(jdbc, "FA");
        refused = agency(jdbc, "FR");
        officer = officer(owner);
    }

    static final String HAMMOUCHI = """
            {"id":"os-hammouchi","schema":"Person","properties":{"name":["Abdellatif Hammouchi","عبد اللطيف حموشي"],\
            "alias":["Abdel Latif Hamouchi"],"weakAlias":["Hamouchi"],"birthDate":["1966"],"birthPlace":["Taza"],\
            "nationality":["ma"],"gender":["male"],"passportNumber":["MA1234567"],"notes":["synthetic test person"],\
            "email":["a.h@example.org"]}}""";

    @Test
    void importsGoodLinesAndRejectsBadOnesWithTheirLineNumbers() {
        ImportReport report = ftmImport.importStream(officer, lines(
                HAMMOUCHI,
                "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Maria Lopez\"],\"birthDate\":[\"1980-02-30\"]}}",
                "{not json",
                "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Acme\"]}}",
                "",
                "{\"id\":\"p3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jean Dupont\"],\"birthDate\":[\"1975-04\"]}}",
                "{\"schema\":\"Person\",\"properties\":{\"name\":[\"No Id\"]}}"), null);

        assertThat(report.imported()).isEqualTo(3); // Hammouchi, his e-mail as an indicator, Dupont
        assertThat(report.updated()).isZero();
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line).containsExactly(2L, 3L, 4L, 7L);
        assertThat(report.rejected().get(0).id()).isEqualTo("p2");
        assertThat(report.rejected().get(0).error()).contains("birthDates[0]").contains("not a date");
        assertThat(report.rejected().get(1).error()).startsWith("not JSON");
        assertThat(report.rejected().get(2).error()).contains("schema Company is not imported");
        assertThat(report.rejected().get(3).error()).contains("id: required");

        RecordView person = only(RecordType.PERSON, "os-hammouchi");
        PersonDetails p = (PersonDetails) person.details();
        assertThat(p.names()).extracting(PersonDetails.Name::value, PersonDetails.Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Abdellatif Hammouchi", "primary"),
                org.assertj.core.groups.Tuple.tuple("عبد اللطيف حموشي", "original-script"),
                org.assertj.core.groups.Tuple.tuple("Abdel Latif Hamouchi", "alias"),
                org.assertj.core.groups.Tuple.tuple("Hamouchi", "alias"));
        assertThat(p.names().get(1).script()).isEqualTo("Arab");
        assertThat(p.birthDates()).containsExactly("1966");
        assertThat(p.nationalities()).containsExactly("MA");
        assertThat(p.gender()).isEqualTo("M");
        assertThat(p.identifiers()).containsExactly(new PersonDetails.Identifier("passport", "MA1234567", "MA"));
        assertThat(person.restriction()).as("deny by default: an import without a restriction").isEqualTo("owner");
        RecordView email = records.read(officer, person.links().get(0).other(), "test").orElseThrow();
        assertThat(((IndicatorDetails) email.details()).value()).isEqualTo("a.h@example.org");
        assertThat(person.links()).extracting(RecordView.Link::relation).containsExactly("uses");
    }

    @Test
    void reImportUpdatesByEntityIdWithinTheAgencyAndKeepsTheVersionHistory() {
        ftmImport.importStream(officer, lines(HAMMOUCHI), null);
        ImportReport again = ftmImport.importStream(officer, lines(HAMMOUCHI.replace("\"1966\"", "\"1966-03-02\"")), null);

        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        RecordView person = only(RecordType.PERSON, "os-hammouchi");
        assertThat(person.version()).isEqualTo(2);
        assertThat(((PersonDetails) person.details()).birthDates()).containsExactly("1966-03-02");
        assertThat(records.history(officer, person.id())).hasSize(2);

        // the same FtM id in another agency is another record
        Caller other = officer(allowed);
        assertThat(ftmImport.importStream(other, lines(HAMMOUCHI), null).imported()).isEqualTo(2);
    }

    @Test
    void theSameIdTwiceInOneFileIsCreatedThenUpdated() {
        ImportReport report = ftmImport.importStream(officer, lines(
                "{\"id\":\"dup\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ahmed Benali\"]}}",
                "{\"id\":\"dup\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ahmed Ben Ali\"]}}"), null);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(only(RecordType.PERSON, "dup").caption()).isEqualTo("Ahmed Ben Ali");
    }

    @Test
    void restrictionIsAppliedToEveryImportedRecord() {
        ftmImport.importStream(officer, lines(HAMMOUCHI), "only:" + allowed);
        RecordView person = only(RecordType.PERSON, "os-hammouchi");
        assertThat(person.restriction()).isEqualTo("only:" + allowed);
        assertThat(records.read(officer(allowed), person.id(), "test")).isPresent();
        assertThat(records.read(officer(refused), person.id(), "test")).isEmpty();
    }

    @Test
    void aMalformedRestrictionIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> ftmImport.importStream(officer, lines(HAMMOUCHI), "only:"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("restriction");
        assertThat(records.search(officer, new RecordSearch(null, null, null, owner, 10, 0), "test")).isEmpty();
    }

    @Test
    void documentsVehiclesAndWalletsImportWithTheirHolderLinked() {
        ImportReport report = ftmImport.importStream(officer, lines(
                "{\"id\":\"pp1\",\"schema\":\"Passport\",\"properties\":{\"number\":[\"FR-12 345678\"],\"country\":[\"fr\"],\"holder\":[\"os-hammouchi\"]}}",
                HAMMOUCHI,
                "{\"id\":\"id1\",\"schema\":\"Identification\",\"properties\":{\"number\":[\"X77\"],\"country\":[\"es\"],\"type\":[\"National identity card\"],\"holder\":[\"os-hammouchi\"],\"status\":[\"lost\"]}}",
                "{\"id\":\"v1\",\"schema\":\"Vehicle\",\"properties\":{\"registrationNumber\":[\"12345-A-6\"],\"country\":[\"ma\"],\"model\":[\"Logan\"],\"buildDate\":[\"2019\"],\"vin\":[\"UU1LSDAGH12345678\"]}}",
                "{\"id\":\"w1\",\"schema\":\"CryptoWallet\",\"properties\":{\"publicKey\":[\"0x52908400098527886E0F7030069857D2E4169EE7\"],\"currencySymbol\":[\"ETH\"],\"holder\":[\"os-hammouchi\"]}}",
                "{\"id\":\"v2\",\"schema\":\"Vehicle\",\"properties\":{\"registrationNumber\":[\"AB123\"]}}"), null);

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.column()).isEqualTo("registrationCountry");
        });
        RecordView person = only(RecordType.PERSON, "os-hammouchi");
        TravelDocumentDetails passport = (TravelDocumentDetails) only(RecordType.TRAVEL_DOCUMENT, "pp1").details();
        assertThat(passport.number()).isEqualTo("FR12345678");
        assertThat(passport.documentType()).isEqualTo("passport");
        assertThat(passport.status()).isEqualTo("stolen");
        // the passport came before its holder and in the same batch: still linked
        assertThat(passport.holderId()).isEqualTo(person.id().toString());
        TravelDocumentDetails id = (TravelDocumentDetails) only(RecordType.TRAVEL_DOCUMENT, "id1").details();
        assertThat(id.documentType()).isEqualTo("id-card");
        assertThat(id.status()).isEqualTo("lost");
        VehicleDetails vehicle = (VehicleDetails) only(RecordType.VEHICLE, "v1").details();
        assertThat(vehicle.plate()).isEqualTo("12345A6");
        assertThat(vehicle.year()).isEqualTo(2019);
        IndicatorDetails wallet = (IndicatorDetails) only(RecordType.INDICATOR, "w1").details();
        assertThat(wallet.value()).isEqualTo("0x52908400098527886E0F7030069857D2E4169EE7");
        assertThat(person.links()).extracting(RecordView.Link::relation).contains("holder", "uses");
    }

    @Test
    void exportStreamsOnlyWhatTheAgencyMaySeeAndReImportsAsTheSameRecords() throws Exception {
        ftmImport.importStream(officer, lines(HAMMOUCHI), "only:" + allowed);
        ftmImport.importStream(officer, lines(
                "{\"id\":\"open-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Pedro Garcia\"],\"nationality\":[\"es\"],\"birthDate\":[\"1970-01-15\"]}}"), "all");

        String seenByAllowed = export(officer(allowed), RecordType.PERSON);
        String seenByRefused = export(officer(refused), RecordType.PERSON);
        assertThat(seenByAllowed).contains("os-hammouchi", "open-1", "عبد اللطيف حموشي", "\"schema\":\"Person\"");
        assertThat(seenByRefused).contains("open-1").doesNotContain("os-hammouchi", "Hammouchi");

        // round trip: the allowed agency imports what it exported and gets the same persons as its own records
        Caller importer = officer(allowed);
        ImportReport report = ftmImport.importStream(importer,
                new ByteArrayInputStream(seenByAllowed.getBytes(StandardCharsets.UTF_8)), "owner");
        assertThat(report.rejected()).isEmpty();
        PersonDetails original = (PersonDetails) only(RecordType.PERSON, "os-hammouchi").details();
        PersonDetails copy = (PersonDetails) records.search(importer, new RecordSearch(RecordType.PERSON, "Hammouchi", null, allowed, 500, 0), "test")
                .stream().filter(r -> "os-hammouchi".equals(r.externalId())).findFirst().orElseThrow().details();
        assertThat(copy.names()).isEqualTo(original.names());
        assertThat(copy.birthDates()).isEqualTo(original.birthDates());
        assertThat(copy.nationalities()).isEqualTo(original.nationalities());
        assertThat(copy.identifiers()).isEqualTo(original.identifiers());
        assertThat(copy.gender()).isEqualTo(original.gender());
    }

    @Test
    void aReImportWithEscapesAndABadLineUpdatesEveryRecordOnceAndKeepsTheGoodLines() {
        // a backslash, a tab, a line break or a quote in a value comes back as it went in, whatever bulk path writes it
        // (issue 19 tried COPY's text format, which escapes them)
        String odd = "Karim \\\\ O'Hara\\t\\\"Al\\\"";
        String notes = "line one\\nline two\\r\\n\\\\N end";
        String[] file = {
                "{\"id\":\"e1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + odd + "\"],\"notes\":[\"" + notes + "\"]}}",
                "{\"id\":\"e2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Maria Lopez\"],\"birthDate\":[\"1980-02-30\"]}}",
                "{\"id\":\"e3\",\"schema\":\"Passport\",\"properties\":{\"number\":[\"MA7654321\"],\"country\":[\"ma\"],\"holder\":[\"e1\"]}}",
                "{broken",
                "{\"id\":\"e4\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jean Dupont\"],\"passportNumber\":[\"FR445566\"]}}"};
        ImportReport first = ftmImport.importStream(officer, lines(file), "only:" + allowed);

        assertThat(first.imported()).isEqualTo(3);
        assertThat(first.rejected()).extracting(ImportReport.Rejected::line).containsExactly(2L, 4L);
        RecordView person = only(RecordType.PERSON, "e1");
        assertThat(person.caption()).as("a name's tab is a space").isEqualTo("Karim \\ O'Hara \"Al\"");
        assertThat(((PersonDetails) person.details()).remarks()).isEqualTo("line one\nline two\r\n\\N end");
        assertThat(person.restriction()).isEqualTo("only:" + allowed);
        assertThat(records.read(officer(refused), person.id(), "test")).isEmpty();
        assertThat(records.search(officer, new RecordSearch(null, "o'hara", null, owner, 10, 0), "test"))
                .extracting(RecordView::externalId).containsExactly("e1");
        assertThat(records.search(officer, new RecordSearch(RecordType.TRAVEL_DOCUMENT, "MA7654321", null, owner, 10, 0),
                "test")).as("found by its key").extracting(RecordView::externalId).containsExactly("e3");
        long keys = countFor("record_key", "record_id");
        long links = countFor("record_link", "from_id");

        file[4] = file[4].replace("Jean Dupont", "Jean Dupond");
        ImportReport again = ftmImport.importStream(officer, lines(file), null);

        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isEqualTo(3);
        assertThat(again.rejected()).extracting(ImportReport.Rejected::line).containsExactly(2L, 4L);
        assertThat(jdbc.sql("select count(*) from record where owner_agency = :o").param("o", owner).query(Long.class)
                .single()).isEqualTo(3);
        assertThat(countFor("record_key", "record_id")).isEqualTo(keys);
        assertThat(countFor("record_link", "from_id")).isEqualTo(links);
        assertThat(countFor("record_version", "record_id")).isEqualTo(6);
        assertThat(only(RecordType.PERSON, "e4").caption()).isEqualTo("Jean Dupond");
        assertThat(only(RecordType.PERSON, "e4").version()).isEqualTo(2);
        assertThat(only(RecordType.PERSON, "e1").restriction()).as("an absent restriction keeps the record's")
                .isEqualTo("only:" + allowed);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'record.import' and agency_code = :o")
                .param("o", owner).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReImportAddsTheTopicsAreasAndKeepsThoseTheRecordBears() {
        String line = "{\"id\":\"t1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Hicham Tazi\"],"
                + "\"topics\":[\"crime.traffick.human\"]}}";
        ftmImport.importStream(officer, lines(line), null);
        RecordView person = only(RecordType.PERSON, "t1");
        assertThat(crimeAreas.of(Carrier.RECORD, person.id())).containsExactly(CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS);

        // an officer tags it by hand; the list is imported again with one more topic
        crimeAreas.tag(Carrier.RECORD, person.id(), Set.of(CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS, CrimeArea.CORRUPTION));
        ImportReport again = ftmImport.importStream(officer,
                lines(line.replace("\"crime.traffick.human\"", "\"crime.traffick.human\",\"crime.boss\"")), null);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(crimeAreas.of(Carrier.RECORD, person.id())).containsExactly(CrimeArea.ORGANISED_CRIME,
                CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS, CrimeArea.CORRUPTION);

        // a line the rules reject tags nothing
        ftmImport.importStream(officer, lines("{\"id\":\"t2\",\"schema\":\"Person\",\"properties\":{\"name\":"
                + "[\"Maria Lopez\"],\"birthDate\":[\"1980-02-30\"],\"topics\":[\"crime.cyber\"]}}"), null);
        assertThat(jdbc.sql("select count(*) from crime_area_tag cat join record r on r.id = cat.carrier_id"
                + " where r.owner_agency = :o").param("o", owner).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void exportWritesTheAreasAsTopicsAndAnotherDatabaseImportsThemAsTheSameAreas() throws Exception {
        ftmImport.importStream(officer, lines("{\"id\":\"rt-1\",\"schema\":\"Person\",\"properties\":{\"name\":"
                + "[\"Youssef Alami\"],\"topics\":[\"crime.terror\",\"crime.fin\"]}}"), "only:" + allowed);
        RecordView person = only(RecordType.PERSON, "rt-1");
        assertThat(crimeAreas.of(Carrier.RECORD, person.id())).containsExactly(CrimeArea.TERRORISM, CrimeArea.FINANCIAL_CRIME);

        long audited = exportsAudited();
        String exported = export(officer(allowed), RecordType.PERSON);
        assertThat(exportsAudited()).as("the export is audited as before, once").isEqualTo(audited + 1);
        JsonNode entity = entityOf(exported, "rt-1");
        assertThat(entity.path("properties").path("topics").valueStream().map(JsonNode::asString))
                .containsExactly("crime.terror", "crime.fin");
        // an agency the record's restriction leaves out exports nothing of it, its topics included
        assertThat(export(officer(refused), RecordType.PERSON)).doesNotContain("rt-1", "Youssef Alami");

        // another database: an agency holding nothing imports the export and its record bears the same areas, with
        // the import's "topics:" remark line once, not once more for the topics the export wrote
        Caller fresh = officer(agency(jdbc, "FN"));
        ImportReport report = ftmImport.importStream(fresh,
                new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), "owner");
        assertThat(report.rejected()).isEmpty();
        RecordView copy = records.search(fresh, new RecordSearch(RecordType.PERSON, "Youssef Alami", null,
                fresh.agencyCode(), 10, 0), "test").stream().filter(r -> "rt-1".equals(r.externalId())).findFirst()
                .orElseThrow();
        assertThat(copy.id()).isNotEqualTo(person.id());
        assertThat(crimeAreas.of(Carrier.RECORD, copy.id())).containsExactly(CrimeArea.TERRORISM, CrimeArea.FINANCIAL_CRIME);
        assertThat(((PersonDetails) records.read(fresh, copy.id(), "test").orElseThrow().details()).remarks())
                .isEqualTo("topics: crime.terror, crime.fin");
    }

    private long exportsAudited() {
        return jdbc.sql("select count(*) from audit_entry where action = 'record.export' and object_type = 'person'")
                .query(Long.class).single();
    }

    @Test
    void anAreaWithoutAnFtmTopicExportsNoTopicAndCrimeFraudComesBackAsCrimeFin() throws Exception {
        ftmImport.importStream(officer, lines(
                "{\"id\":\"na-1\",\"schema\":\"Vehicle\",\"properties\":{\"registrationNumber\":[\"4411-C-7\"],\"country\":[\"ma\"]}}",
                "{\"id\":\"na-2\",\"schema\":\"Vehicle\",\"properties\":{\"registrationNumber\":[\"4411-C-8\"],\"country\":[\"ma\"],"
                        + "\"topics\":[\"crime.fraud\"]}}"), null);
        // tagged by hand: corruption and firearms trafficking have no FtM topic, financial crime has crime.fin
        crimeAreas.tag(Carrier.RECORD, only(RecordType.VEHICLE, "na-1").id(),
                Set.of(CrimeArea.CORRUPTION, CrimeArea.FIREARMS_TRAFFICKING));
        crimeAreas.tag(Carrier.RECORD, only(RecordType.VEHICLE, "na-2").id(),
                Set.of(CrimeArea.FINANCIAL_CRIME, CrimeArea.CORRUPTION));

        String exported = export(officer, RecordType.VEHICLE);
        assertThat(entityOf(exported, "na-1").path("properties").has("topics")).isFalse();
        assertThat(entityOf(exported, "na-2").path("properties").path("topics").valueStream().map(JsonNode::asString))
                .containsExactly("crime.fin");
    }

    @Test
    void anExportLongerThanOneChunkCarriesEveryRecordsTopics() throws Exception {
        // more records than FtmExport.CHUNK (500): the areas of the first chunk are read while the rows still stream
        String[] file = new String[501];
        for (int i = 0; i < file.length; i++) {
            file[i] = "{\"id\":\"ch-" + i + "\",\"schema\":\"Vehicle\",\"properties\":{\"registrationNumber\":[\"CH-" + i
                    + "\"],\"country\":[\"ma\"],\"topics\":[\"" + (i % 2 == 0 ? "crime.traffick.drug" : "crime.env") + "\"]}}";
        }
        assertThat(ftmImport.importStream(officer, lines(file), null).imported()).isEqualTo(501);

        String exported = export(officer, RecordType.VEHICLE);
        for (int i : new int[] {0, 1, 499, 500}) {
            assertThat(entityOf(exported, "ch-" + i).path("properties").path("topics").valueStream()
                    .map(JsonNode::asString)).as("ch-" + i)
                    .containsExactly(i % 2 == 0 ? "crime.traffick.drug" : "crime.env");
        }
        assertThat(exported.lines().filter(l -> l.contains("\"id\":\"ch-")).filter(l -> l.contains("\"topics\""))).hasSize(501);
    }

    private JsonNode entityOf(String exported, String id) {
        List<String> found = exported.lines().filter(l -> l.contains("\"id\":\"" + id + "\"")).toList();
        assertThat(found).hasSize(1);
        return JsonMapper.builder().build().readTree(found.get(0));
    }

    private long countFor(String table, String column) {
        return jdbc.sql("select count(*) from " + table + " t join record r on r.id = t." + column
                + " where r.owner_agency = :o").param("o", owner).query(Long.class).single();
    }

    @Test
    void aLineLongerThanTheCapIsRejectedAndTheNextStillImports() {
        String huge = "{\"id\":\"big\",\"schema\":\"Person\",\"properties\":{\"notes\":[\"" + "x".repeat(1_100_000) + "\"]}}";
        ImportReport report = ftmImport.importStream(officer, lines(huge,
                "{\"id\":\"small\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Karim Alaoui\"]}}"), null);
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.error()).contains("longer than"));
        assertThat(report.imported()).isEqualTo(1);
    }

    private String export(Caller caller, RecordType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ftmExport.export(caller, type, "test", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private RecordView only(RecordType type, String externalId) {
        List<RecordView> found = records.search(officer, new RecordSearch(type, null, null, owner, 100, 0), "test")
                .stream().filter(r -> externalId.equals(r.externalId())).toList();
        assertThat(found).hasSize(1);
        return records.read(officer, found.get(0).id(), "test").orElseThrow();
    }
}
