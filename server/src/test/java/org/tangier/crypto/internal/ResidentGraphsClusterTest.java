package org.tangier.crypto.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.crypto.CryptoChainsChanged;
import org.tangier.platform.cluster.FromOtherNode;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;

/** Another node's crypto import (cluster): this node drops the chains' graphs or tags and reads them again. */
@TangierTest
class ResidentGraphsClusterTest {

    @Autowired
    ResidentGraphs graphs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    MockMvc mvc;

    @Test
    void anotherNodesTransferImportMakesTheChainsGraphReadAgainAndLeavesTheOthers() {
        var btc = graphs.graph("btc");
        var eth = graphs.graph("eth");

        events.publishEvent(new FromOtherNode(new CryptoChainsChanged(List.of("btc"), List.of()), "node-x"));

        assertThat(graphs.graph("btc")).as("read again").isNotSameAs(btc);
        assertThat(graphs.graph("eth")).as("not named: kept").isSameAs(eth);
    }

    @Test
    void anotherNodesTagPackMakesTheChainsTagsReadAgain() {
        String chain = "t" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(graphs.tags(chain)).isEmpty();
        var graph = graphs.graph(chain);
        // another node's TagPack import, committed in the shared database
        String agency = new TestAgencies(jdbcClient, mvc).agency("RG");
        jdbc.update("insert into crypto_address (chain, address) values (?, 'addr-1')", chain);
        jdbc.update("""
                insert into crypto_tag (id, chain, address, label, category, source, tagpack, owner_agency,
                    restriction_kind, restriction_agencies, imported_at, imported_by)
                values (?, ?, 'addr-1', 'Exchange', 'exchange', 'test', 'test', ?, 'ALL', '', ?, 'test')""",
                UUID.randomUUID(), chain, agency, Timestamp.from(Instant.now()));
        assertThat(graphs.tags(chain)).as("kept in memory until told").isEmpty();

        events.publishEvent(new FromOtherNode(new CryptoChainsChanged(List.of(), List.of(chain)), "node-x"));

        assertThat(graphs.tags(chain)).hasSize(1);
        assertThat(graphs.graph(chain)).as("transfers untouched").isSameAs(graph);
    }
}
