package org.tangier.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.tangier.platform.Caller;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@TangierTest
class IndicatorExchangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScreeningFixtures fixtures;

    final JsonMapper json = JsonMapper.builder().build();
    String owner;
    String other;
    String domain;
    String ip;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("XO");
        other = fixtures.agency("XA");
        Random r = new Random();
        domain = "c2-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        ip = "198.51." + r.nextInt(256) + "." + r.nextInt(256);
    }

    private String stixBundle(String ids) {
        return """
                {"type":"bundle","id":"bundle--%s","objects":[
                 {"type":"indicator","spec_version":"2.1","id":"indicator--%s","pattern_type":"stix",
                  "pattern":"[domain-name:value = '%s']","object_marking_refs":["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]},
                 {"type":"malware","spec_version":"2.1","id":"malware--%s","name":"LockBit","is_family":true},
                 {"type":"indicator","spec_version":"2.1","id":"indicator--%s","pattern_type":"stix",
                  "pattern":"[ipv4-addr:value = '%s']","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
                 {"type":"indicator","spec_version":"2.1","id":"indicator--%s","pattern_type":"stix",
                  "pattern":"[ipv4-addr:value = '1.2.3.4'] AND [domain-name:value = 'x.example']"},
                 {"type":"indicator","spec_version":"2.1","id":"indicator--%s","pattern_type":"stix",
                  "pattern":"[x-tangier-crypto-wallet:value = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh']","x_tangier_chain":"BTC"},
                 {"type":"indicator","spec_version":"2.1","id":"indicator--%s","pattern_type":"stix",
                  "pattern":"[x-tangier-crypto-wallet:value = '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359']","x_tangier_chain":"ETH"}
                ]}""".formatted(ids, UUID.randomUUID(), domain, UUID.randomUUID(), UUID.randomUUID(), ip,
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    @Test
    void aStixBundleImportsItsGoodIndicatorsAndRejectsTheBadWithTheirReasons() throws Exception {
        JsonNode answer = post(bureau(owner), "/api/v1/indicators/import?format=stix", stixBundle(UUID.randomUUID().toString()), 200);

        assertThat(answer.get("imported").asInt()).isEqualTo(3);
        assertThat(answer.get("updated").asInt()).isZero();
        assertThat(answer.get("rejected")).hasSize(2);
        assertThat(answer.get("rejected").get(0).get("index").asInt()).isEqualTo(3);
        assertThat(answer.get("rejected").get(0).get("error").asString()).contains("one comparison");
        assertThat(answer.get("rejected").get(1).get("index").asInt()).isEqualTo(4);
        assertThat(answer.get("rejected").get(1).get("error").asString()).contains("BIP-350");

        // TLP:RED stays with the owner, TLP:GREEN reaches every member
        Set<String> seenByOther = patterns(get(bureau(other), "/api/v1/indicators/export?format=stix"));
        assertThat(seenByOther).anyMatch(p -> p.contains(ip)).noneMatch(p -> p.contains(domain));
        assertThat(patterns(get(bureau(owner), "/api/v1/indicators/export?format=stix"))).anyMatch(p -> p.contains(domain));
    }

    @Test
    void anExportedStixBundleReimportsOntoTheSameObjects() throws Exception {
        post(bureau(owner), "/api/v1/indicators/import?format=stix&restriction=only:" + other, stixBundle(UUID.randomUUID().toString()), 200);
        JsonNode exported = ownRun(get(bureau(owner), "/api/v1/indicators/export?format=stix"));
        assertThat(exported.get("objects")).hasSize(3);

        JsonNode again = post(bureau(owner), "/api/v1/indicators/import?format=stix", json.writeValueAsString(exported), 200);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(3);
        assertThat(again.get("rejected")).isEmpty();
        JsonNode second = ownRun(get(bureau(owner), "/api/v1/indicators/export?format=stix"));
        assertThat(summary(second)).isEqualTo(summary(exported));
        assertThat(summary(second)).anyMatch(s -> s.contains("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"));
    }

    @Test
    void aMispEventImportsAndExportsWithItsDistribution() throws Exception {
        String event = """
                {"Event":{"info":"phishing wave","distribution":"1","Attribute":[
                 {"uuid":"%s","type":"domain","value":"%s","distribution":"0"},
                 {"uuid":"%s","type":"ip-dst","value":"%s","distribution":"5"},
                 {"uuid":"%s","type":"ip-dst","value":"999.1.1.1"},
                 {"uuid":"%s","type":"malware-sample","value":"x.exe"}]}}""".formatted(UUID.randomUUID(), domain,
                UUID.randomUUID(), ip, UUID.randomUUID(), UUID.randomUUID());
        JsonNode answer = post(bureau(owner), "/api/v1/indicators/import?format=misp", event, 200);
        assertThat(answer.get("imported").asInt()).isEqualTo(2);
        assertThat(answer.get("rejected")).singleElement().satisfies(r -> assertThat(r.get("index").asInt()).isEqualTo(2));

        JsonNode exported = get(bureau(other), "/api/v1/indicators/export?format=misp");
        List<String> values = exported.get("Event").get("Attribute").valueStream().map(a -> a.get("value").asString()).toList();
        assertThat(values).contains(ip).doesNotContain(domain);
    }

    @Test
    void brokenInputIsAProblemAndNothingIsWritten() throws Exception {
        post(bureau(owner), "/api/v1/indicators/import?format=stix", "{not json", 400);
        post(bureau(owner), "/api/v1/indicators/import?format=stix", "{\"type\":\"x\"}", 400);
        post(bureau(owner), "/api/v1/indicators/import?format=yaml", "{}", 400);
        post(bureau(owner), "/api/v1/indicators/import?format=misp&restriction=sometimes", "{}", 400);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/indicators/import?format=stix").with(as(border(owner)))
                        .contentType(MediaType.APPLICATION_JSON).content(stixBundle(UUID.randomUUID().toString())))
                .andExpect(MockMvcResultMatchers.status().isForbidden());
        assertThat(patterns(get(bureau(owner), "/api/v1/indicators/export?format=stix"))).noneMatch(p -> p.contains(domain));
    }

    private JsonNode ownRun(JsonNode bundle) {
        ObjectNode copy = (ObjectNode) bundle.deepCopy();
        ArrayNode objects = (ArrayNode) copy.get("objects");
        for (int i = objects.size() - 1; i >= 0; i--) {
            String pattern = objects.get(i).get("pattern").asString();
            if (!pattern.contains(domain) && !pattern.contains(ip) && !pattern.contains("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")) {
                objects.remove(i);
            }
        }
        return copy;
    }

    private static Set<String> summary(JsonNode bundle) {
        return bundle.get("objects").valueStream().map(o -> o.get("id").asString() + " " + o.get("pattern").asString() + " "
                + o.get("x_tangier_restriction").asString()).collect(Collectors.toSet());
    }

    private static Set<String> patterns(JsonNode bundle) {
        return bundle.get("objects").valueStream().map(o -> o.get("pattern").asString()).collect(Collectors.toSet());
    }

    private JsonNode post(Caller caller, String url, String body, int expected) throws Exception {
        String response = mvc.perform(MockMvcRequestBuilders.post(url).with(as(caller)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(MockMvcResultMatchers.status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private JsonNode get(Caller caller, String url) throws Exception {
        String response = mvc.perform(MockMvcRequestBuilders.get(url).with(as(caller)))
                .andExpect(MockMvcResultMatchers.status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }
}
