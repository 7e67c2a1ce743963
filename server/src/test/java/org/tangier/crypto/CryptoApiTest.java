package org.tangier.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.platform.Caller;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ransom paid to R is co-spent with Q, split to M and C, and M deposits at an exchange E. The owner shares it with
 * one agency; another agency, refused, must see nothing of transfers, clusters or traces.
 */
@TangierTest
class CryptoApiTest {

    static final String V = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
    static final String R = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
    static final String Q = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    static final String M = "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu";
    static final String C = "1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR";
    static final String E = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";

    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ScreeningFixtures fixtures;

    final JsonMapper json = JsonMapper.builder().build();
    String owner;
    String allowed;
    String refused;
    String run;

    @BeforeEach
    void ransomCase() throws Exception {
        owner = fixtures.agency("CO");
        allowed = fixtures.agency("CA");
        refused = fixtures.agency("CR");
        run = UUID.randomUUID().toString().substring(0, 8);
        String ndjson = String.join("\n",
                "{\"chain\":\"BTC\",\"tx\":\"t0-" + run + "\",\"time\":\"2026-11-01T10:00:00Z\",\"inputs\":[{\"address\":\"" + V
                        + "\",\"amount\":\"10\"}],\"outputs\":[{\"address\":\"" + R.toUpperCase() + "\",\"amount\":\"10\"}]}",
                "{\"chain\":\"BTC\",\"tx\":\"t1-" + run + "\",\"time\":\"2026-11-02T10:00:00Z\",\"inputs\":[{\"address\":\"" + R
                        + "\",\"amount\":\"10\"},{\"address\":\"" + Q + "\",\"amount\":\"2\"}],\"outputs\":[{\"address\":\"" + M
                        + "\",\"amount\":\"6\"},{\"address\":\"" + C + "\",\"amount\":\"6\"}]}",
                "{\"chain\":\"BTC\",\"tx\":\"bad-" + run + "\",\"time\":\"2026-11-02T11:00:00Z\",\"inputs\":[{\"address\":"
                        + "\"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh\",\"amount\":\"1\"}],\"outputs\":[{\"address\":\"" + M
                        + "\",\"amount\":\"1\"}]}",
                "not json",
                "{\"chain\":\"BTC\",\"tx\":\"t2-" + run + "\",\"time\":1793786400,\"inputs\":[{\"address\":\"" + M
                        + "\",\"amount\":\"6\"}],\"outputs\":[{\"address\":\"" + E + "\",\"amount\":\"6\"}]}");
        JsonNode imported = post(bureau(owner), "/api/v1/crypto/transfers/import?format=ndjson&restriction=only:" + allowed,
                "application/x-ndjson", ndjson, 200);
        assertThat(imported.get("imported").asLong()).isEqualTo(3);
        assertThat(imported.get("rejected")).hasSize(2);
        assertThat(imported.get("rejected").get(0).get("index").asLong()).isEqualTo(3);
        assertThat(imported.get("rejected").get(0).get("error").asString()).contains("BIP-350");
        assertThat(imported.get("rejected").get(1).get("index").asLong()).isEqualTo(4);

        String tagpack = """
                title: Test exchanges %s
                creator: Tangier tests
                source: https://example.org/tagpack
                currency: BTC
                tags:
                  - address: %s
                    label: Example Exchange hot wallet
                    category: exchange
                  - address: bc1notanaddress
                    label: broken
                """.formatted(run, E);
        JsonNode tags = post(bureau(owner), "/api/v1/crypto/tagpacks?restriction=only:" + allowed, "application/yaml", tagpack, 200);
        assertThat(tags.get("imported").asLong()).isEqualTo(1);
        assertThat(tags.get("rejected").get(0).get("index").asLong()).isEqualTo(2);
    }

    @Test
    void anAllowedAgencyTracesTheRansomToTheExchangeDeposit() throws Exception {
        JsonNode trace = get(bureau(allowed), "/api/v1/crypto/trace?chain=BTC&address=" + R + "&direction=forward&hops=5&purpose=case 42", 200);

        assertThat(trace.get("taintModel").asString()).isEqualTo("haircut");
        assertThat(trace.get("services")).hasSize(1);
        JsonNode exchange = trace.get("services").get(0);
        assertThat(exchange.get("address").asString()).isEqualTo(E);
        assertThat(exchange.get("category").asString()).isEqualTo("exchange");
        assertThat(exchange.get("source").asString()).isEqualTo("https://example.org/tagpack");
        assertThat(exchange.get("amount").asDouble()).isEqualTo(5.0, within(1e-9));
        assertThat(exchange.get("path")).hasSize(2);
        assertThat(exchange.get("path").get(1).get("from").asString()).isEqualTo(M);

        JsonNode backward = get(bureau(allowed), "/api/v1/crypto/trace?chain=BTC&address=" + E + "&direction=backward&hops=3&purpose=case 42", 200);
        assertThat(names(backward.get("flows"), "from")).contains(M, R, Q, V);
    }

    @Test
    void anAllowedAgencySeesTheClusterWithItsExplanation() throws Exception {
        JsonNode cluster = get(bureau(allowed), "/api/v1/crypto/clusters?chain=bitcoin&address=" + Q + "&purpose=case 42", 200);

        assertThat(names(cluster.get("addresses"), null)).containsExactlyInAnyOrder(R, Q);
        assertThat(cluster.get("links")).hasSize(1);
        assertThat(cluster.get("links").get(0).get("transaction").asString()).isEqualTo("t1-" + run);
        assertThat(cluster.get("links").get(0).get("reason").asString()).contains("multiple-input");
    }

    @Test
    void aRefusedAgencySeesNothingOfTheTransfersClusterOrTrace() throws Exception {
        JsonNode trace = get(bureau(refused), "/api/v1/crypto/trace?chain=BTC&address=" + R + "&hops=5&purpose=curious", 200);
        assertThat(trace.get("flows")).isEmpty();
        assertThat(trace.get("services")).isEmpty();

        JsonNode cluster = get(bureau(refused), "/api/v1/crypto/clusters?chain=BTC&address=" + Q + "&purpose=curious", 200);
        assertThat(names(cluster.get("addresses"), null)).containsExactly(Q);
        assertThat(cluster.get("links")).isEmpty();
        assertThat(cluster.get("tags")).isEmpty();
    }

    @Test
    void badRequestsAreProblemsNamingTheField() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/crypto/trace?chain=ETH&address=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD&purpose=x")
                        .with(as(bureau(allowed))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        get(bureau(allowed), "/api/v1/crypto/trace?chain=BTC&address=" + R, 400);
        get(bureau(allowed), "/api/v1/crypto/trace?chain=BTC&address=" + R + "&hops=99&purpose=x", 400);
        get(border(allowed), "/api/v1/crypto/trace?chain=BTC&address=" + R + "&purpose=x", 403);
        post(bureau(owner), "/api/v1/crypto/transfers/import?format=xml", "text/plain", "x", 400);
        post(bureau(owner), "/api/v1/crypto/tagpacks", "application/yaml", "title: [unclosed", 400);
    }

    @Test
    void accountModelTransfersImportFromCsv() throws Exception {
        String csv = "chain,tx_id,time,from,to,amount\n"
                + "ETH,e1-" + run + ",2026-11-03T00:00:00Z,0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed,0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359,1.5\n"
                + "ETH,e2-" + run + ",2026-11-03T00:00:00Z,0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD,0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359,1\n"
                + "ETH,e3-" + run + ",2026-11-03T00:00:00Z,0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359,0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB,-1\n";
        JsonNode imported = post(bureau(owner), "/api/v1/crypto/transfers/import?format=csv", "text/csv", csv, 200);
        assertThat(imported.get("imported").asLong()).isEqualTo(1);
        assertThat(imported.get("rejected").get(0).get("error").asString()).contains("EIP-55");
        assertThat(imported.get("rejected").get(1).get("error").asString()).contains("positive");
        JsonNode again = post(bureau(owner), "/api/v1/crypto/transfers/import?format=csv", "text/csv", csv, 200);
        assertThat(again.get("updated").asLong()).isEqualTo(1);

        JsonNode trace = get(bureau(owner), "/api/v1/crypto/trace?chain=ETH&address=0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed&hops=2&purpose=case", 200);
        assertThat(names(trace.get("flows"), "to")).containsExactly("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
        assertThat(get(bureau(allowed), "/api/v1/crypto/trace?chain=ETH&address=0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed&hops=2&purpose=case", 200)
                .get("flows")).as("owner-only by default").isEmpty();
    }

    private JsonNode post(Caller caller, String url, String type, String body, int expected) throws Exception {
        String response = mvc.perform(MockMvcRequestBuilders.post(url)
                        .with(as(caller)).contentType(type).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private String page(Caller caller, String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(as(caller))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theWalletPageShowsTheTraceToTheExchangeOnlyToAnAgencyThatMaySeeIt() throws Exception {
        String url = "/crypto/wallet?chain=BTC&address=" + R + "&direction=forward&hops=5&purpose=case%2042";
        String allowedPage = page(bureau(allowed), url);
        assertThat(allowedPage).contains("data-testid=\"services\"").contains("Example Exchange hot wallet").contains(E)
                .contains("data-testid=\"flows\"").contains("t1-" + run).contains("Services reached");
        String arabic = page(bureau(allowed), url + "&lang=ar");
        assertThat(arabic).contains("الخدمات التي تم بلوغها").contains("Example Exchange hot wallet");

        String refusedPage = page(bureau(refused), url);
        assertThat(refusedPage).doesNotContain("Example Exchange hot wallet").doesNotContain("t1-" + run)
                .doesNotContain("data-testid=\"services\"");

        String broken = page(bureau(allowed), "/crypto/wallet?chain=BTC&address=bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh&purpose=x");
        assertThat(broken).contains("role=\"alert\"").contains("BIP-350");
    }

    @Test
    void aTracedExchangeDepositOpensAPreservationRequestDraftToItsJurisdictionsBureau() throws Exception {
        String tagpack = """
                title: Jurisdictions %s
                creator: Tangier tests
                source: https://example.org/actors
                currency: BTC
                jurisdiction: %s
                tags:
                  - address: %s
                    label: Example Exchange deposits
                    category: exchange
                """.formatted(run, allowed.toLowerCase(), E);
        post(bureau(owner), "/api/v1/crypto/tagpacks?restriction=only:" + allowed, "application/yaml", tagpack, 200);
        JsonNode trace = get(bureau(allowed), "/api/v1/crypto/trace?chain=BTC&address=" + R + "&direction=forward&hops=5&purpose=case 42", 200);
        assertThat(trace.get("services").toString()).contains("\"jurisdiction\":\"" + allowed + "\"")
                .contains("\"bureau\":\"" + allowed + "\"");

        String wallet = page(bureau(allowed), "/crypto/wallet?chain=BTC&address=" + R + "&direction=forward&hops=5&purpose=case-42");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("data-testid=\"preservation-request\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*data-testid=\"preservation-request\"")
                .matcher(wallet);
        assertThat(link.find()).isTrue();
        String href = org.springframework.web.util.HtmlUtils.htmlUnescape(link.group(1) != null ? link.group(1) : link.group(2));
        assertThat(href).startsWith("/messages/new?to=" + allowed);

        // as a browser follows it: the href is already percent-encoded
        String draft = mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create(href)).with(as(bureau(allowed))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(draft).contains("Preservation request").contains(E).contains("case-42");
    }

    private JsonNode get(Caller caller, String url, int expected) throws Exception {
        String response = mvc.perform(MockMvcRequestBuilders.get(url).with(as(caller)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private static List<String> names(JsonNode array, String field) {
        return array.valueStream().map(n -> field == null ? n.asString() : n.get(field).asString()).toList();
    }
}
