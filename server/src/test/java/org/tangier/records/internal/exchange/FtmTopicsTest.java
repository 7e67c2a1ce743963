package org.tangier.records.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tangier.crimeareas.CrimeArea;

/** The FtM topic to crime area table: what is mapped, and what is deliberately not. */
class FtmTopicsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            crime.terror          | terrorism
            crime.traffick.drug   | drug-trafficking
            crime.traffick.human  | trafficking-in-human-beings
            crime.fin             | financial-crime
            crime.fraud           | financial-crime
            crime.cyber           | cybercrime
            crime.war             | war-crimes
            crime.boss            | organised-crime
            crime.env             | environmental-crime
            ' Crime.Terror '      | terrorism
            crime                 | none
            crime.traffick        | none
            crime.theft           | none
            forced.labor          | none
            corp.shell            | none
            corp.offshore         | none
            sanction              | none
            sanction.linked       | none
            role.pep              | none
            role.rca              | none
            poi                   | none
            wanted                | none
            debarment             | none
            export.control        | none
            crime.traffick.arms   | none
            ''                    | none
            """)
    void eachTopicGivesItsAreaOrNone(String topic, String area) {
        var areas = FtmTopics.areas(List.of(topic));
        if (area == null) {
            assertThat(areas).isEmpty();
        } else {
            assertThat(areas).containsExactly(CrimeArea.of(area).orElseThrow());
        }
    }

    @Test
    void severalTopicsGiveEachAreaOnceAndIgnoreTheRest() {
        assertThat(FtmTopics.areas(Arrays.asList("sanction", "crime.fraud", null, "crime.fin", "crime.terror", "no.such")))
                .containsExactly(CrimeArea.TERRORISM, CrimeArea.FINANCIAL_CRIME);
    }

    @Test
    void everyMappedTopicIsACrimeTopic() {
        assertThat(FtmTopics.AREAS.keySet()).allSatisfy(t -> assertThat(t).startsWith("crime."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            terrorism                   | crime.terror
            organised-crime             | crime.boss
            drug-trafficking            | crime.traffick.drug
            trafficking-in-human-beings | crime.traffick.human
            people-smuggling            | none
            cybercrime                  | crime.cyber
            financial-crime             | crime.fin
            firearms-trafficking        | none
            environmental-crime         | crime.env
            corruption                  | none
            war-crimes                  | crime.war
            crimes-against-children     | none
            vehicle-crime               | none
            cultural-heritage           | none
            maritime-piracy             | none
            counterfeiting              | none
            other                       | none
            """)
    void eachAreaGivesItsOneTopicOrNone(String area, String topic) {
        var topics = FtmTopics.topics(List.of(CrimeArea.of(area).orElseThrow()));
        if (topic == null) {
            assertThat(topics).isEmpty();
        } else {
            assertThat(topics).containsExactly(topic);
        }
    }

    @Test
    void theInverseCoversEveryAreaOnceAndReadsBackAsThatArea() {
        // the parameterized table above names every area of the list, so a new area is a decision, not a silent none
        assertThat(FtmTopics.TOPICS.keySet()).isEqualTo(java.util.Set.copyOf(FtmTopics.AREAS.values()));
        FtmTopics.TOPICS.forEach((area, topic) -> assertThat(FtmTopics.areas(List.of(topic))).containsExactly(area));
        assertThat(CrimeArea.values()).hasSize(17);
    }

    @Test
    void severalAreasGiveTheirTopicsInTheListsOrderAndLeaveOutThoseWithout() {
        assertThat(FtmTopics.topics(List.of(CrimeArea.CORRUPTION, CrimeArea.FINANCIAL_CRIME, CrimeArea.TERRORISM,
                CrimeArea.FIREARMS_TRAFFICKING))).containsExactly("crime.terror", "crime.fin");
        assertThat(FtmTopics.topics(List.of(CrimeArea.CORRUPTION, CrimeArea.OTHER))).isEmpty();
        assertThat(FtmTopics.topics(List.of())).isEmpty();
    }
}
