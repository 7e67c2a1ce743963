package org.tangier.records.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tangier.records.exchange.ExchangeFixtures.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordType;
import org.tangier.records.internal.RecordBatches;
import org.tangier.records.internal.RecordBatches.BatchItem;
import org.tangier.records.internal.demo.DemoRecords;
import org.tangier.records.internal.demo.DemoRecordsLoader;
import org.tangier.testing.TangierTest;

@TangierTest
class DemoRecordsTest {

    @Autowired
    RecordBatches batches;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(DemoRecords.generate(DemoRecords.SEED, 30, c -> c)).isEqualTo(DemoRecords.generate(DemoRecords.SEED, 30, c -> c));
    }

    @Test
    void eachDemoAgencyGetsPersonsDocumentsVehiclesFirearmsAndIndicatorsUnderMixedRestrictions() {
        Map<String, List<BatchItem>> all = DemoRecords.generate(DemoRecords.SEED, 450, c -> c);
        assertThat(all.keySet()).containsExactly("MA", "FR", "ES", "AE", "QA", "EG", "AFRIPOL");
        Map<RecordType, Long> byType = all.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(i -> i.draft().details().type(), Collectors.counting()));
        assertThat(byType).containsEntry(RecordType.PERSON, 7L * 450).containsEntry(RecordType.TRAVEL_DOCUMENT, 7L * 90)
                .containsEntry(RecordType.VEHICLE, 7L * 45).containsEntry(RecordType.FIREARM, 7L * 22)
                .containsEntry(RecordType.INDICATOR, 7L * 56);
        List<PersonDetails> persons = all.values().stream().flatMap(List::stream).map(i -> i.draft().details())
                .filter(PersonDetails.class::isInstance).map(PersonDetails.class::cast).toList();
        assertThat(persons).anySatisfy(p -> assertThat(p.names()).extracting(PersonDetails.Name::script).contains("Arab"));
        assertThat(persons).anySatisfy(p -> assertThat(p.names()).extracting(PersonDetails.Name::value)
                .contains("Mohammed Hammouchi", "Muhammad Hammouchi"));
        assertThat(persons).anySatisfy(p -> assertThat(p.names()).extracting(PersonDetails.Name::value)
                .anyMatch(n -> n.startsWith("Abdel Latif ")));
        assertThat(persons).anySatisfy(p -> assertThat(p.birthDates().get(0)).hasSize(4));
        assertThat(persons).anySatisfy(p -> assertThat(p.birthDates().get(0)).hasSize(7));
        // French, Spanish and English names too, Spanish ones sometimes with two surnames
        assertThat(persons).anySatisfy(p -> assertThat(p.names().get(0).value()).startsWith("Jean "));
        assertThat(persons).anySatisfy(p -> assertThat(p.names().get(0).value()).startsWith("José "));
        assertThat(persons).anySatisfy(p -> assertThat(p.names().get(0).value()).startsWith("John "));
        assertThat(all.values().stream().flatMap(List::stream).map(i -> i.draft().restriction().split(":")[0]).distinct())
                .containsExactlyInAnyOrder("all", "only", "except", "owner");
        assertThat(all.values().stream().flatMap(List::stream).map(i -> i.draft().details())
                .filter(IndicatorDetails.class::isInstance).map(i -> ((IndicatorDetails) i).kind()).distinct())
                .containsExactlyInAnyOrder("phone", "email", "crypto-wallet", "domain", "ip-address", "bank-account");
    }

    @Test
    void theLoaderWritesEveryDemoRecordThroughTheRulesAndSkipsWhatIsAlreadyLoaded() {
        Map<String, String> agencies = new HashMap<>();
        DemoRecords.AGENCIES.forEach(code -> agencies.put(code, agency(jdbc, "D" + code.charAt(0))));
        DemoRecordsLoader loader = new DemoRecordsLoader(batches, 40);
        int expected = DemoRecords.generate(DemoRecords.SEED, 40, agencies::get).values().stream().mapToInt(List::size).sum();

        DemoRecordsLoader.Loaded first = loader.load(40, agencies::get);
        assertThat(first.rejected()).isEmpty();
        assertThat(first.written()).isEqualTo(expected);
        long stored = jdbc.sql("select count(*) from record where owner_agency in (:a) and external_id like 'demo-%'")
                .param("a", List.copyOf(agencies.values())).query(Long.class).single();
        assertThat(stored).isEqualTo(expected);
        long holders = jdbc.sql("select count(*) from record_link l join record r on r.id = l.from_id where r.owner_agency in (:a) and l.relation = 'holder'")
                .param("a", List.copyOf(agencies.values())).query(Long.class).single();
        assertThat(holders).isPositive();

        assertThat(loader.load(40, agencies::get).written()).isZero();
    }
}
