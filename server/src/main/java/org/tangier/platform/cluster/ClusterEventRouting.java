package org.tangier.platform.cluster;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tangier.platform.Resubmission;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.Externalized;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Which events leave the node: those whose type is annotated {@link Externalized} (records changed and imported,
 * notices in force and withdrawn, hits raised), to the topic and keyed by the subject the annotation names
 * ({@code tangier.events::#{#this.id()}}), with two headers: the event's type (so the receiver reads it back as that type) and the node
 * that published it (so that node skips its own events, already applied when they happened).
 *
 * <p>Spring Modulith externalises them from the event publication registry after the commit: an event whose send to
 * Kafka failed, or that the broker did not acknowledge, stays an incomplete publication (the externaliser returns
 * the send's future, and the registry completes the publication only when it succeeds) and is sent again by the
 * node that created it ({@code platform.EventResubmission}), at its next start or after {@code resubmit-after}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterSettings.class)
class ClusterEventRouting {

    static final String TYPE_HEADER = "tangier-event";
    static final String NODE_HEADER = "tangier-node";

    @Bean
    @ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
    EventExternalizationConfiguration clusterEvents(ClusterSettings settings) {
        return EventExternalizationConfiguration.externalizing()
                .selectAndRoute(Externalized.class, Externalized::value)
                .headers(event -> Map.of(TYPE_HEADER, event.getClass().getName(), NODE_HEADER, sender(settings)))
                .build();
    }

    /**
     * The node header: this node, or — when it sends an event it resubmits — a name no node has, so that every node
     * applies it, this one included: the event may be another node's that died between its commit and its send,
     * and this node has not applied it (the listeners are idempotent when it has).
     */
    static String sender(ClusterSettings settings) {
        return Resubmission.inProgress() ? settings.nodeId() + RESUBMITTED : settings.nodeId();
    }

    static final String RESUBMITTED = " (resubmitted)";

    /** The resubmitting thread's flag goes with the externaliser to the executor's thread ({@link #sender}). */
    @Bean
    @ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
    TaskDecorator resubmissionCarrier() {
        return Resubmission::carriedTo;
    }

    /** Each publication with the node that created it, so that each node resubmits only its own. */
    @Bean
    @ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
    static BeanPostProcessor publicationOwnerTagging(ObjectProvider<JdbcTemplate> jdbc,
            ObjectProvider<ClusterSettings> settings) {
        return new PublicationOwnerTagging(jdbc, settings);
    }

    @Bean
    @ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
    NewTopic clusterEventsTopic(ClusterSettings settings) {
        // one replica: the test broker is one; on a production cluster create the topic beforehand, replicated
        return new NewTopic(ClusterSettings.TOPIC, settings.partitions(), (short) 1)
                .configs(Map.of("max.message.bytes", "16777216"));
    }
}
