package org.tangier.crypto;

import java.util.List;
import org.springframework.modulith.events.Externalized;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * An import changed chains' transfers or attribution tags (committed). Externalised to the cluster: every other node
 * drops its in-memory graph or tags of those chains, and its next trace reads them again from the shared database
 * (docs/cluster.md). The node that imported updated its own when the import committed.
 *
 * @param transferChains chains whose transfers were imported
 * @param tagChains      chains whose tags were imported
 */
@Externalized(ClusterSettings.TOPIC + "::#{#this.key()}")
public record CryptoChainsChanged(List<String> transferChains, List<String> tagChains) {

    public CryptoChainsChanged {
        transferChains = List.copyOf(transferChains);
        tagChains = List.copyOf(tagChains);
    }

    /** The Kafka key: crypto imports are rare, one key keeps them in order. */
    public String key() {
        return "crypto";
    }
}
