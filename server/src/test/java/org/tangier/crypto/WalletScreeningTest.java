package org.tangier.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.json.JsonMapper;

/** A wallet is screened like a document: the chains' own rules refuse bad addresses, the canonical form hits. */
@TangierTest
class WalletScreeningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Records records;

    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String allowed;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("WO");
        allowed = fixtures.agency("WA");
    }

    private String walletCheck(String chain, String value) {
        return "{\"purpose\":\"border control\",\"indicator\":{\"kind\":\"crypto-wallet\",\"value\":\"" + value
                + "\",\"chain\":\"" + chain + "\"}}";
    }

    @Test
    void aCheckRefusesABech32AddressThatBip350Refuses() throws Exception {
        mvc.perform(post("/api/v1/screening/checks").with(as(border(allowed))).contentType(MediaType.APPLICATION_JSON)
                        .content(walletCheck("BTC", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("BIP-350")));
    }

    @Test
    void aCheckRefusesAnEthereumAddressWithABrokenEip55Checksum() throws Exception {
        mvc.perform(post("/api/v1/screening/checks").with(as(border(allowed))).contentType(MediaType.APPLICATION_JSON)
                        .content(walletCheck("ETH", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("EIP-55")));
    }

    @Test
    void aRecordRefusesAWalletTheChainRefuses() throws Exception {
        mvc.perform(post("/api/v1/records/indicators").with(as(bureau(owner))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"restriction\":\"all\",\"details\":{\"kind\":\"crypto-wallet\",\"chain\":\"BTC\","
                                + "\"value\":\"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("BIP-350: witness version 1 is written in Bech32m")));
    }

    @Test
    void aWalletStoredInOneFormHitsWhenCheckedInAnother() throws Exception {
        RecordView wallet = fixtures.create(owner, "all", new IndicatorDetails("crypto-wallet",
                "bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy", "BCH", null));
        fixtures.create(owner, "all", new IndicatorDetails("crypto-wallet",
                "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359", "ETH", null));

        assertThat(((IndicatorDetails) wallet.details()).value()).isEqualTo("bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy");
        assertThat(outcome(walletCheck("BCH", "1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR"))).isEqualTo("HIT");
        assertThat(outcome(walletCheck("ETH", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"))).isEqualTo("HIT");
        assertThat(outcome(walletCheck("ETH", "0xFB6916095CA1DF60BB79CE92CE3EA74C37C5D359"))).isEqualTo("HIT");
    }

    private String outcome(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/screening/checks").with(as(border(allowed)))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(response).get("outcome").asString();
    }
}
