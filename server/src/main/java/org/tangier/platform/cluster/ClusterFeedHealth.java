package org.tangier.platform.cluster;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code clusterFeed}: DOWN while this node has not heard from Kafka for
 * {@code tangier.cluster.stale-after}, so a load balancer stops sending it checks it might answer from an index that
 * misses other nodes' changes. UP again as soon as the feed reaches Kafka and reads on.
 */
@Component("clusterFeedHealthIndicator")
@ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
class ClusterFeedHealth implements HealthIndicator {

    private final ClusterFeed feed;

    ClusterFeedHealth(ClusterFeed feed) {
        this.feed = feed;
    }

    @Override
    public Health health() {
        Health.Builder health = feed.stale() ? Health.down() : Health.up();
        return health.withDetail("lastContact", String.valueOf(feed.lastContact()))
                .withDetail("lag", feed.lag()).withDetail("received", feed.received())
                .withDetail("lastDelayMillis", feed.lastDelayMillis()).build();
    }
}
