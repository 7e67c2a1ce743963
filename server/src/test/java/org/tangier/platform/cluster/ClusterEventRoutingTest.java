package org.tangier.platform.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskDecorator;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.BrokerRouting;
import org.tangier.hits.HitPriority;
import org.tangier.hits.HitRaised;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.platform.Resubmission;

import static org.assertj.core.api.Assertions.assertThat;

/** Which events leave a node for the others, to which topic, under which key and with which headers. */
class ClusterEventRoutingTest {

    private final EventExternalizationConfiguration routing = new ClusterEventRouting()
            .clusterEvents(new ClusterSettings(true, "node-a", null, null, Duration.ofSeconds(30)));

    @Test
    void aRecordChangeGoesToTheEventsTopicKeyedByItsOwnerWithTypeAndNode() {
        RecordChanged changed = new RecordChanged(UUID.randomUUID(), RecordType.VEHICLE, "MA", 2, RecordStatus.ACTIVE, false);

        assertThat(routing.supports(changed)).isTrue();
        RoutingTarget target = routing.determineTarget(changed);
        assertThat(target.getTarget()).isEqualTo(ClusterSettings.TOPIC);
        assertThat(BrokerRouting.of(target, new StandardEvaluationContext()).getKey(changed)).isEqualTo("MA");
        assertThat(routing.getHeadersFor(changed))
                .containsEntry(ClusterEventRouting.TYPE_HEADER, RecordChanged.class.getName())
                .containsEntry(ClusterEventRouting.NODE_HEADER, "node-a");
    }

    @Test
    void noticesAndHitsAreKeyedByTheirOwnIds() {
        UUID notice = UUID.randomUUID();
        UUID hit = UUID.randomUUID();
        NoticeWithdrawn withdrawn = new NoticeWithdrawn(notice, List.of(UUID.randomUUID()), "cancelled");
        HitRaised raised = new HitRaised(hit, UUID.randomUUID(), "MA", "FR", "RED", HitPriority.values()[0],
                Instant.now(), Instant.now().plusSeconds(600));

        assertThat(BrokerRouting.of(routing.determineTarget(withdrawn), new StandardEvaluationContext()).getKey(withdrawn))
                .isEqualTo(notice.toString());
        assertThat(BrokerRouting.of(routing.determineTarget(raised), new StandardEvaluationContext()).getKey(raised))
                .isEqualTo(hit.toString());
    }

    @Test
    void eventsOtherNodesNeedNotKnowStayOnTheirNode() {
        assertThat(routing.supports(new FromOtherNode("x", "node-b"))).isFalse();
        assertThat(routing.supports("a string")).isFalse();
    }

    @Test
    void anEventResubmittedHereIsSentAsNoNodesOwnEvenFromTheExecutorsThread() throws Exception {
        RecordChanged changed = new RecordChanged(UUID.randomUUID(), RecordType.VEHICLE, "MA", 2, RecordStatus.ACTIVE, false);
        TaskDecorator carrier = new ClusterEventRouting().resubmissionCarrier();
        java.util.concurrent.atomic.AtomicReference<Runnable> task = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CompletableFuture<Object> header = new java.util.concurrent.CompletableFuture<>();

        // the registry hands the publication to the externaliser, which runs asynchronously on the executor
        Resubmission.run(() -> task.set(carrier.decorate(
                () -> header.complete(routing.getHeadersFor(changed).get(ClusterEventRouting.NODE_HEADER)))));
        Thread.ofPlatform().start(task.get()).join();

        assertThat(header.get()).isEqualTo("node-a" + ClusterEventRouting.RESUBMITTED);
        assertThat(routing.getHeadersFor(changed)).as("not resubmitted: this node's own")
                .containsEntry(ClusterEventRouting.NODE_HEADER, "node-a");
    }
}
