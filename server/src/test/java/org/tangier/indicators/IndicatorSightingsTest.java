package org.tangier.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Caller;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A hit on an indicator is an indicator sighting its owner reads and exports back as STIX and MISP sightings. */
@TangierTest
class IndicatorSightingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Records records;

    final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String checker;
    String bystander;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("SO");
        checker = fixtures.agency("SC");
        bystander = fixtures.agency("SB");
    }

    private String check(String domain) throws Exception {
        String body = "{\"purpose\":\"border control\",\"indicator\":{\"kind\":\"domain\",\"value\":\"" + domain + "\"}}";
        String response = mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("outcome").asString();
    }

    private JsonNode getJson(Caller caller, String url) throws Exception {
        return json.readTree(mvc.perform(get(url).with(as(caller))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private List<JsonNode> sightingsOf(Caller caller, UUID record) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        getJson(caller, "/api/v1/indicators/sightings?record=" + record).forEach(out::add);
        return out;
    }

    @Test
    void aHitOnAnIndicatorIsASightingOnlyItsOwnerReadsNamingTheCheckingAgency() throws Exception {
        String domain = "c2-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        RecordView indicator = fixtures.create(owner, "owner", new IndicatorDetails("domain", domain, null, "C2 server"));

        assertThat(check(domain)).isEqualTo("HIT");

        await().atMost(Duration.ofSeconds(10)).until(() -> sightingsOf(bureau(owner), indicator.id()).size() == 1);
        JsonNode sighting = sightingsOf(bureau(owner), indicator.id()).get(0);
        assertThat(sighting.get("checkingAgency").asString()).isEqualTo(checker);
        assertThat(sighting.get("ownerAgency").asString()).isEqualTo(owner);
        assertThat(sighting.get("hitId").asString()).isNotBlank();
        // the hit itself names the checking agency to the owner: the sighting names no more
        JsonNode hit = getJson(bureau(owner), "/api/v1/hits/" + sighting.get("hitId").asString());
        assertThat(hit.get("checkingAgency").asString()).isEqualTo(checker);

        // the record page links its owner to the sightings page, which lists the same sighting
        String page = mvc.perform(get("/indicators/sightings?record=" + indicator.id()).with(as(bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"indicator-sightings\"").contains(checker)
                .contains("/hits/" + sighting.get("hitId").asString());
        assertThat(mvc.perform(get("/records/" + indicator.id()).with(as(bureau(owner)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("indicator-sightings-link");
        String checkersPage = mvc.perform(get("/indicators/sightings?record=" + indicator.id()).with(as(bureau(checker))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checkersPage).doesNotContain("data-testid=\"indicator-sightings\"");

        assertThat(sightingsOf(bureau(checker), indicator.id())).isEmpty();
        assertThat(sightingsOf(bureau(bystander), indicator.id())).isEmpty();
    }

    @Test
    void sightingsAreExportedBackAsStixSightingsAndMispSightings() throws Exception {
        String domain = "drop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        RecordView indicator = fixtures.create(owner, "all", new IndicatorDetails("domain", domain, null, null));
        assertThat(check(domain)).isEqualTo("HIT");
        await().atMost(Duration.ofSeconds(10)).until(() -> sightingsOf(bureau(owner), indicator.id()).size() == 1);
        String sightingId = sightingsOf(bureau(owner), indicator.id()).get(0).get("id").asString();

        JsonNode bundle = getJson(bureau(owner), "/api/v1/indicators/export?format=stix");
        String indicatorId = null;
        JsonNode stixSighting = null;
        for (JsonNode o : bundle.get("objects")) {
            if ("indicator".equals(o.get("type").asString()) && o.get("pattern").asString().contains(domain)) {
                indicatorId = o.get("id").asString();
            }
            if (("sighting--" + sightingId).equals(o.get("id").asString())) {
                stixSighting = o;
            }
        }
        assertThat(indicatorId).isNotNull();
        assertThat(stixSighting).isNotNull();
        assertThat(stixSighting.get("sighting_of_ref").asString()).isEqualTo(indicatorId);
        String where = stixSighting.get("where_sighted_refs").get(0).asString();
        JsonNode identity = null;
        for (JsonNode o : bundle.get("objects")) {
            if (where.equals(o.get("id").asString())) {
                identity = o;
            }
        }
        assertThat(identity).isNotNull();
        assertThat(identity.get("type").asString()).isEqualTo("identity");
        assertThat(identity.get("name").asString()).isEqualTo(checker);

        JsonNode event = getJson(bureau(owner), "/api/v1/indicators/export?format=misp");
        JsonNode mispSighting = null;
        for (JsonNode a : event.get("Event").get("Attribute")) {
            if (domain.equals(a.get("value").asString())) {
                mispSighting = a.get("Sighting").get(0);
            }
        }
        assertThat(mispSighting).isNotNull();
        assertThat(mispSighting.get("uuid").asString()).isEqualTo(sightingId);
        assertThat(mispSighting.get("Organisation").get("name").asString()).isEqualTo(checker);

        // another agency sees the indicator (restriction all) but not its sightings
        JsonNode othersBundle = getJson(bureau(bystander), "/api/v1/indicators/export?format=stix");
        boolean seesIndicator = false;
        for (JsonNode o : othersBundle.get("objects")) {
            assertThat(o.get("type").asString()).isNotEqualTo("sighting");
            seesIndicator |= o.path("pattern").asString("").contains(domain);
        }
        assertThat(seesIndicator).isTrue();
    }
}
