package org.tangier.records.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tangier.records.exchange.ExchangeFixtures.agency;
import static org.tangier.records.exchange.ExchangeFixtures.lines;
import static org.tangier.records.exchange.ExchangeFixtures.officer;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordType;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.records.internal.exchange.CsvImport;
import org.tangier.records.internal.exchange.ImportReport;

/** CSV lists per record type, on H2 and PostgreSQL (subclasses). */
abstract class CsvImportStorageTest {

    @Autowired
    CsvImport csv;
    @Autowired
    Records records;
    @Autowired
    JdbcClient jdbc;

    String owner;
    Caller officer;

    @BeforeEach
    void agencies() {
        owner = agency(jdbc, "CO");
        officer = officer(owner);
    }

    @Test
    void personsImportWithListsInFieldsAndQuotedCommas() {
        ImportReport report = csv.importStream(officer, lines(
                "external_id,name,aliases,original_script_names,gender,birth_dates,nationalities,passport_number,passport_country,remarks",
                "p1,Mohammed Alaoui,Muhammad Alaoui|Mohamed Alaoui,محمد العلوي,M,1984-03|1985,MA|FR,MA445566,MA,\"seen in Tangier, 2025\"",
                "p2,Maria Lopez,,,F,1990-13-01,ES,,,",
                "p3,,,,,,,,,",
                "p4,Jean Martin,,,X,,,,,"), RecordType.PERSON, "except:" + agency(jdbc, "CX"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line, ImportReport.Rejected::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "birth_dates"), org.assertj.core.groups.Tuple.tuple(4L, "name"),
                org.assertj.core.groups.Tuple.tuple(5L, "gender"));
        assertThat(report.rejected().get(0).error()).startsWith("column birth_dates: ");
        PersonDetails p = (PersonDetails) only(RecordType.PERSON, "p1").details();
        assertThat(p.names()).extracting(PersonDetails.Name::value).containsExactly("Mohammed Alaoui", "Muhammad Alaoui",
                "Mohamed Alaoui", "محمد العلوي");
        assertThat(p.birthDates()).containsExactly("1984-03", "1985");
        assertThat(p.nationalities()).containsExactly("MA", "FR");
        assertThat(p.remarks()).isEqualTo("seen in Tangier, 2025");
        assertThat(only(RecordType.PERSON, "p1").restriction()).startsWith("except:");
    }

    @Test
    void documentsLinkToTheirHolderByExternalId() {
        csv.importStream(officer, lines("external_id,name", "h1,Youssef Idrissi"), RecordType.PERSON, null);
        ImportReport report = csv.importStream(officer, lines(
                "number,issuing_country,status,document_type,date_reported,holder_external_id,external_id",
                "MA998877,MA,stolen,passport,2025-11-02,h1,d1",
                "ZZ1,QQ,stolen,passport,,,d2",
                "AB12,FR,borrowed,,,,d3"), RecordType.TRAVEL_DOCUMENT, null);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.Rejected::column).containsExactly("issuing_country", "status");
        assertThat(report.rejected().get(0).error()).isEqualTo("column issuing_country: 'QQ' is not an ISO 3166 alpha-2 country code");
        TravelDocumentDetails d = (TravelDocumentDetails) only(RecordType.TRAVEL_DOCUMENT, "d1").details();
        assertThat(d.holderId()).isEqualTo(only(RecordType.PERSON, "h1").id().toString());
        assertThat(d.dateReported()).isEqualTo("2025-11-02");
    }

    @Test
    void vehiclesFirearmsAndIndicatorsImportAndReImportUpdates() {
        ImportReport vehicles = csv.importStream(officer, lines(
                "external_id,vin,plate,registration_country,make,model,colour,year,status",
                "v1,VF1RFB00X56789012,AB-123-CD,FR,Renault,Clio,blue,2021,stolen",
                "v2,VIN-WITH-O-OOOOOO,,,,,,,",
                "v3,,XY12,ES,Seat,Ibiza,,twenty,"), RecordType.VEHICLE, null);
        assertThat(vehicles.imported()).isEqualTo(1);
        assertThat(vehicles.rejected()).extracting(ImportReport.Rejected::line, ImportReport.Rejected::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "vin"), org.assertj.core.groups.Tuple.tuple(4L, "year"));
        assertThat(((VehicleDetails) only(RecordType.VEHICLE, "v1").details()).plate()).isEqualTo("AB123CD");

        ImportReport firearms = csv.importStream(officer, lines(
                "external_id,serial_number,make,model,calibre,firearm_type,status",
                "f1,ab 1234,Glock,17,9mm,pistol,stolen",
                "f2,CD5678,,,,,"), RecordType.FIREARM, null);
        assertThat(firearms.imported()).isEqualTo(1);
        assertThat(firearms.rejected()).singleElement().satisfies(r -> assertThat(r.column()).isEqualTo("make"));
        assertThat(((FirearmDetails) only(RecordType.FIREARM, "f1").details()).serialNumber()).isEqualTo("AB1234");

        ImportReport indicators = csv.importStream(officer, lines(
                "external_id,kind,value,chain,remarks",
                "i1,phone,+212 661 234567,,",
                "i2,email,not-an-address,,",
                "i3,crypto-wallet,0x52908400098527886E0F7030069857D2E4169EE7,ETH,",
                "i4,ip-address,203.0.113.9,,"), RecordType.INDICATOR, null);
        assertThat(indicators.imported()).isEqualTo(3);
        assertThat(indicators.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isEqualTo("value");
        });
        assertThat(((IndicatorDetails) only(RecordType.INDICATOR, "i1").details()).value()).isEqualTo("+212661234567");

        ImportReport again = csv.importStream(officer, lines("external_id,kind,value", "i4,ip-address,203.0.113.10"),
                RecordType.INDICATOR, null);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(only(RecordType.INDICATOR, "i4").version()).isEqualTo(2);
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> csv.importStream(officer, lines("number,country,status", "X1,FR,stolen"),
                RecordType.TRAVEL_DOCUMENT, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("line 1, column 2: 'country' is not a column");
        assertThatThrownBy(() -> csv.importStream(officer, lines("number,status", "X1,stolen"),
                RecordType.TRAVEL_DOCUMENT, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("lacks the required column issuing_country");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsOrAnUnclosedQuoteIsRejected() {
        ImportReport report = csv.importStream(officer, lines(
                "external_id,kind,value",
                "a,domain,example.org,extra",
                "b,domain,\"multi",
                "line.example\"",
                "c,domain,\"tangier.example"), RecordType.INDICATOR, null);
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line).containsExactly(2L, 3L, 5L);
        assertThat(report.rejected().get(0).error()).isEqualTo("3 fields expected, 4 found");
        // "b" spans lines 3-4 and is numbered by its first: its value holds a line break, which no domain has
        assertThat(report.rejected().get(1).column()).isEqualTo("value");
        assertThat(report.rejected().get(2).error()).contains("not closed");
        assertThat(report.consumed()).containsExactly(new ImportReport.Consumed(3, 4));
        assertThat(report.imported()).isZero();
    }

    @Test
    void aStrayQuoteRejectsItsLineAndTheRowsAfterItStillImport() {
        ImportReport report = csv.importStream(officer, lines(
                "external_id,kind,value",
                "s1,domain,\"stray.example",
                "s2,domain,second.example",
                "s3,domain,\"third.example\"",
                "s4,domain,\"fourth",
                "s5,domain,\"fifth.example\"",
                "s6,domain,sixth.example",
                "s7,domain,seventh\u0000.example",
                "s8,domain,\"eighth.example"), RecordType.INDICATOR, null);
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line).containsExactly(2L, 5L, 8L, 9L);
        assertThat(report.rejected().get(0).error()).contains("quote opened on this line is not closed");
        assertThat(report.rejected().get(2).error()).startsWith("column value: contains the control character U+0000");
        assertThat(report.consumed()).isEmpty();
        assertThat(report.imported()).isEqualTo(4);
    }

    private RecordView only(RecordType type, String externalId) {
        List<RecordView> found = records.search(officer, new RecordSearch(type, null, null, owner, 100, 0), "test")
                .stream().filter(r -> externalId.equals(r.externalId())).toList();
        assertThat(found).hasSize(1);
        return records.read(officer, found.get(0).id(), "test").orElseThrow();
    }
}
