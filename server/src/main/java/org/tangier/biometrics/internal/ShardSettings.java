package org.tangier.biometrics.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fingerprint gallery split across the cluster's nodes by person (docs/biometrics.md, "Across the cluster"). One
 * shard (the default) is the whole gallery on every node, as on a single node.
 *
 * @param shards  how many shards the persons are split into (tangier.cluster.fingerprints.shards, default 1)
 * @param shard   which of them this node holds, 0 to shards - 1
 * @param peers   base URLs (e.g. {@code http://node-b:8080}) of one node of each other shard, searched on every
 *                search; a load balancer in front of a shard's nodes is one URL
 * @param key     the shared key the nodes present to each other's internal endpoint (at least 32 characters;
 *                required with more than one shard)
 * @param timeout how long a search waits for a peer shard before it answers 503 (default 10 s)
 */
@ConfigurationProperties("tangier.cluster.fingerprints")
record ShardSettings(Integer shards, Integer shard, List<URI> peers, String key, Duration timeout) {

    ShardSettings {
        shards = shards == null ? 1 : shards;
        shard = shard == null ? 0 : shard;
        peers = peers == null ? List.of() : List.copyOf(peers);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("tangier.cluster.fingerprints.shard must be 0 to shards - 1 (shards "
                    + shards + ", shard " + shard + ")");
        }
        if (shards > 1 && (key == null || key.length() < 32)) {
            throw new IllegalArgumentException("tangier.cluster.fingerprints.key (TANGIER_CLUSTER_FINGERPRINTS_KEY) must"
                    + " be set, at least 32 characters, when the gallery has several shards");
        }
        if (peers.size() != shards - 1) {
            throw new IllegalArgumentException("tangier.cluster.fingerprints.peers must name one node of each other shard: "
                    + (shards - 1) + " expected, " + peers.size() + " given");
        }
    }

    boolean sharded() {
        return shards > 1;
    }

    /** Whether this node holds the person's prints. */
    boolean owns(UUID person) {
        return shardOf(person, shards) == shard;
    }

    /**
     * The shard of a person: its UUID's bits folded to an int, modulo the shard count. Random (version 4) UUIDs make
     * the shards even; the rule depends on nothing but the id, so every node computes the same owner.
     */
    static int shardOf(UUID person, int shards) {
        long bits = person.getMostSignificantBits() ^ person.getLeastSignificantBits();
        return Math.floorMod((int) (bits ^ (bits >>> 32)), shards);
    }

    /** Constant-time comparison of the key a peer presented. */
    boolean accepts(String presented) {
        return sharded() && presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
    }
}
