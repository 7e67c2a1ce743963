package org.tangier.crypto.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordType;
import org.tangier.records.Records;

/**
 * Demo mode only: a synthetic ransomware case. A hospital (the victim wallet V) pays a ransom to R, an indicator record
 * of FR's cyber unit; R splits it to a hop H and to L, a wallet FR links to Julien Marchand (the demo's money
 * launderer, wanted under a RED notice); L and H co-spend into E, the deposit address of a synthetic exchange whose
 * TagPack names the United Arab Emirates (bureau AE) as its jurisdiction, so the wallet page offers a preservation
 * request to AE. The addresses are published test vectors (BIP-173, BIP-350, BIP-13), the names invented. Runs once
 * (after the demo records and notices); does nothing when its transactions exist.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "tangier.demo.enabled", havingValue = "true")
class DemoRansomwareCase implements ApplicationRunner {

    static final String VICTIM = "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu";
    static final String RANSOM = "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3";
    static final String HOP = "1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR";
    static final String LAUNDERER = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";
    static final String EXCHANGE = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";

    private static final Logger log = LoggerFactory.getLogger(DemoRansomwareCase.class);

    private final CryptoService crypto;
    private final Records records;
    private final JdbcClient jdbc;

    DemoRansomwareCase(CryptoService crypto, Records records, JdbcClient jdbc) {
        this.crypto = crypto;
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        boolean done = jdbc.sql("select count(*) from crypto_leg where tx_id like 'demo-harbour-%'").query(Integer.class).single() > 0;
        boolean agencies = jdbc.sql("select count(*) from agency where code in ('FR', 'AE')").query(Integer.class).single() == 2;
        if (done || !agencies) {
            return;
        }
        Caller fr = new Caller(Caller.Kind.USER, "demo-fr.bureau", "fr.bureau", "FR", EnumSet.of(Role.BUREAU_OFFICER));
        String transfers = String.join("\n",
                tx("demo-harbour-1", "2026-10-03T02:14:00Z", VICTIM, "2.5", RANSOM, "2.5"),
                "{\"chain\":\"BTC\",\"tx\":\"demo-harbour-2\",\"time\":\"2026-10-04T21:40:00Z\",\"inputs\":[{\"address\":\""
                        + RANSOM + "\",\"amount\":\"2.5\"}],\"outputs\":[{\"address\":\"" + LAUNDERER
                        + "\",\"amount\":\"1.5\"},{\"address\":\"" + HOP + "\",\"amount\":\"1.0\"}]}",
                "{\"chain\":\"BTC\",\"tx\":\"demo-harbour-3\",\"time\":\"2026-10-06T09:05:00Z\",\"inputs\":[{\"address\":\""
                        + LAUNDERER + "\",\"amount\":\"1.5\"},{\"address\":\"" + HOP + "\",\"amount\":\"1.0\"}],"
                        + "\"outputs\":[{\"address\":\"" + EXCHANGE + "\",\"amount\":\"2.45\"}]}");
        crypto.importTransfers(fr, "ndjson", new ByteArrayInputStream(transfers.getBytes(StandardCharsets.UTF_8)), "all");
        crypto.importTagPack(fr, """
                title: Demo exchanges (synthetic)
                creator: Tangier demo
                source: https://example.org/demo-tagpack
                currency: BTC
                category: exchange
                jurisdiction: AE
                tags:
                  - address: %s
                    label: Gulf Demo Exchange deposit (synthetic)
                """.formatted(EXCHANGE), "all");

        records.create(fr, new RecordDraft(new IndicatorDetails("crypto-wallet", RANSOM, "BTC",
                "Ransom address of the synthetic 'Harbour' ransomware attack on a hospital (demo case)"), "all", null, null));
        UUID launderer = records.create(fr, new RecordDraft(new IndicatorDetails("crypto-wallet", LAUNDERER, "BTC",
                "Cash-out wallet of the 'Harbour' ransom (demo case)"), "all", null, null)).id();
        records.search(fr, new RecordSearch(RecordType.PERSON, "Marchand", null, "FR", 5, 0), "demo set-up").stream()
                .findFirst().ifPresentOrElse(person -> records.link(fr, launderer, person.id(), "associate"),
                        () -> log.warn("Demo ransomware case: the wanted person Julien Marchand was not found"));
        log.info("Demo mode: ransomware case 'Harbour' (wallet {} to the exchange deposit {})", RANSOM, EXCHANGE);
    }

    private static String tx(String id, String time, String from, String in, String to, String out) {
        return "{\"chain\":\"BTC\",\"tx\":\"" + id + "\",\"time\":\"" + time + "\",\"inputs\":[{\"address\":\"" + from
                + "\",\"amount\":\"" + in + "\"}],\"outputs\":[{\"address\":\"" + to + "\",\"amount\":\"" + out + "\"}]}";
    }
}
