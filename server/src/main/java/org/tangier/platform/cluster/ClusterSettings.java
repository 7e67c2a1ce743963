package org.tangier.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Several identical nodes on one PostgreSQL and one Kafka (docs/cluster.md). Off by default: a single node on the
 * embedded database needs none of it.
 *
 * @param enabled    externalise the cluster-wide events to Kafka, consume them, keep browser sessions in the database
 *                   (tangier.cluster.enabled, default false)
 * @param nodeId     this node's name, unique in the cluster: its consumer group is {@code tangier-node-<nodeId>}
 *                   (default: the host name and the server port)
 * @param kafka      the Kafka bootstrap servers (tangier.cluster.kafka, default 127.0.0.1:9092)
 * @param partitions partitions of the events topic when this node creates it (default 3)
 * @param staleAfter without an answer from Kafka for this long, the node says its screening index may be behind
 *                   (health DOWN); default 30 s
 */
@ConfigurationProperties("tangier.cluster")
public record ClusterSettings(boolean enabled, String nodeId, String kafka, Integer partitions, Duration staleAfter) {

    /** The one topic of the cluster-wide events; the key of each event orders the events of one subject. */
    public static final String TOPIC = "tangier.events";

    public ClusterSettings {
        nodeId = nodeId == null || nodeId.isBlank() ? hostName() : nodeId;
        kafka = kafka == null || kafka.isBlank() ? "127.0.0.1:9092" : kafka;
        partitions = partitions == null ? 3 : partitions;
        staleAfter = staleAfter == null ? Duration.ofSeconds(30) : staleAfter;
        if (partitions < 1 || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("tangier.cluster.partitions and stale-after must be positive");
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-" + System.getProperty("server.port", "8080");
        } catch (UnknownHostException e) {
            return "node-" + ProcessHandle.current().pid();
        }
    }

    /** This node's consumer group: one per node, so every node reads every event. */
    public String consumerGroup() {
        return "tangier-node-" + nodeId;
    }
}
