package org.tangier.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.bureau;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode's ransomware case: the ransom wallet (an indicator record) leads by transfers to an exchange deposit
 * attributed by a TagPack to the Emirates, through a wallet linked to a person wanted under a RED notice.
 */
@SpringBootTest(properties = {"tangier.demo.enabled=true",
        "tangier.db.url=jdbc:h2:mem:tangier-demo-crypto;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class DemoRansomwareCaseTest {

    static final String RANSOM = "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3";
    static final String LAUNDERER = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRansomWalletLeadsToAnExchangeDepositAndAWantedPerson() throws Exception {
        String body = mvc.perform(get("/api/v1/crypto/trace").param("chain", "BTC").param("address", RANSOM)
                        .param("direction", "forward").param("hops", "5").param("purpose", "demo case Harbour")
                        .with(as(bureau("ES"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode trace = JsonMapper.builder().build().readTree(body);
        assertThat(trace.get("services")).singleElement().satisfies(s -> {
            assertThat(s.get("category").asString()).isEqualTo("exchange");
            assertThat(s.get("jurisdiction").asString()).isEqualTo("AE");
            assertThat(s.get("bureau").asString()).isEqualTo("AE");
            assertThat(s.get("amount").asDouble()).isGreaterThan(2.0);
        });
        java.util.List<String> to = new java.util.ArrayList<>();
        trace.get("flows").forEach(f -> to.add(f.get("to").asString()));
        assertThat(to).contains(LAUNDERER);

        int wanted = jdbc.sql("""
                select count(*) from record w
                join record_link k on k.from_id = w.id
                join notice_subject s on s.record_id = k.to_id
                join notice n on n.id = s.notice_id
                where w.data like :wallet and n.type = 'RED' and n.status = 'PUBLISHED'""")
                .param("wallet", "%" + LAUNDERER + "%").query(Integer.class).single();
        assertThat(wanted).as("the cash-out wallet is linked to a person wanted under a RED notice").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from record where data like :w").param("w", "%" + RANSOM + "%")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
