package org.tangier.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.records.RecordView;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * Every change of what the link graph keeps of an operation (its watch list, its accepted members, its status) is
 * told with {@link OperationWatchListChanged}, and {@link Operations#watchList} then reads it as a whole build would.
 */
@TangierTest
@RecordApplicationEvents
class WatchListChangedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScreeningFixtures fixtures;
    @Autowired
    Operations operations;
    @Autowired
    ApplicationEvents events;

    @Test
    void watchingAcceptingUnwatchingAndClosingAreEachToldAndReadBack() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String lead = agencies.agency("GL");
        String partner = agencies.agency("GP");
        String leadToken = agencies.token(lead, Role.BUREAU_OFFICER);
        String partnerToken = agencies.token(partner, Role.BUREAU_OFFICER);
        RecordView watched = fixtures.person(lead, "all", ScreeningFixtures.uniqueNamePart() + " Graph", "1975-05-05", "MA");
        UUID id = UUID.fromString(JsonPath.read(mvc.perform(post("/api/v1/operations")
                        .header("Authorization", "Bearer " + leadToken).contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Operation Harmattan","objective":"Map the network","startsOn":"2026-11-01",
                                 "participants":["%s"]}""".formatted(partner)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
        assertThat(operations.watchList(id)).as("nothing watched yet").isEmpty();

        mvc.perform(post("/api/v1/operations/" + id + "/watch").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recordId\":\"" + watched.id() + "\"}"))
                .andExpect(status().isOk());
        assertThat(told(id)).isEqualTo(1);
        Operations.WatchList list = operations.watchList(id).orElseThrow();
        assertThat(list.recordIds()).containsExactly(watched.id());
        assertThat(list.participants()).containsExactly(lead);

        mvc.perform(post("/api/v1/operations/" + id + "/accept").header("Authorization", "Bearer " + partnerToken))
                .andExpect(status().isOk());
        assertThat(told(id)).isEqualTo(2);
        assertThat(operations.watchList(id).orElseThrow().participants()).containsExactlyInAnyOrder(lead, partner);

        mvc.perform(delete("/api/v1/operations/" + id + "/watch/" + watched.id())
                        .header("Authorization", "Bearer " + leadToken))
                .andExpect(status().is2xxSuccessful());
        assertThat(told(id)).isEqualTo(3);
        assertThat(operations.watchList(id)).isEmpty();

        mvc.perform(post("/api/v1/operations/" + id + "/watch").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recordId\":\"" + watched.id() + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/operations/" + id + "/status").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"closed\"}"))
                .andExpect(status().isOk());
        assertThat(told(id)).isEqualTo(5);
        assertThat(operations.watchList(id)).as("a closed operation watches nothing").isEmpty();
    }

    private long told(UUID id) {
        return events.stream(OperationWatchListChanged.class).filter(e -> e.operationId().equals(id)).count();
    }
}
