package org.tangier.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    /** An id starting with '-' made the storage tool take it for an option: the cluster test failed 1 start in 64. */
    @Test
    void clusterIdsNeverStartWithADashAndDecodeToSixteenBytes() {
        for (int i = 0; i < 20_000; i++) {
            String id = KafkaBroker.clusterId();
            assertThat(id).doesNotStartWith("-").hasSize(22);
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
        }
    }
}
