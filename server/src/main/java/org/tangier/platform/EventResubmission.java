package org.tangier.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tangier.platform.cluster.ClusterSettings;

/**
 * Hands incomplete event publications to their listeners again. A listener that fails — above all when the
 * connection pool is exhausted and it cannot get a connection, or when Kafka does not acknowledge an externalised
 * event — leaves its publication incomplete in the event publication registry; without this job it would wait for the
 * next restart, and a hit alert or an index change would be lost until then. Publications younger than
 * {@code tangier.events.resubmit-after} are left alone: they are probably still queued or running. A listener may
 * therefore see an event twice, so every listener is idempotent.
 *
 * <p>Whose publications: the registry's table is shared by the nodes of a cluster, and some listeners keep per-node
 * state (the screening index), so a node hands again only its <em>own</em> publications (the column
 * {@code event_publication.node_id}, written by {@code platform.cluster} when the publication is created; empty on a
 * single node, whose publications are all its own): at start, those its previous run left, whatever their age, and
 * then every {@code resubmit-interval} those older than {@code resubmit-after}. A node that does not come back would
 * leave its publications behind, so another node takes them over once they are older than
 * {@code tangier.events.take-over-after} — under the cluster-wide lock, so that one node does (docs/cluster.md,
 * "Resubmission").
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final String owner;
    private final Duration resubmitAfter;
    private final Duration takeOverAfter;
    private final Instant startedAt = Instant.now();

    EventResubmission(IncompleteEventPublications incomplete, JdbcClient jdbc,
            @Value("${tangier.events.resubmit-after:PT1M}") Duration resubmitAfter,
            @Value("${tangier.events.take-over-after:PT10M}") Duration takeOverAfter, ClusterSettings cluster) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.resubmitAfter = resubmitAfter;
        this.takeOverAfter = takeOverAfter;
        this.owner = cluster.enabled() ? cluster.nodeId() : null;
    }

    /** At start: this node's publications that its previous run left incomplete (it was killed, or Kafka was away). */
    @EventListener(ApplicationReadyEvent.class)
    public void resubmitLeftByLastRun() {
        resubmit(this::ownIds, startedAt, "left by the last run");
    }

    /** This node's publications older than {@code resubmit-after}; each node runs it for its own, so no lock. */
    @Scheduled(fixedDelayString = "${tangier.events.resubmit-interval:PT1M}",
            initialDelayString = "${tangier.events.resubmit-interval:PT1M}")
    public void resubmit() {
        resubmit(this::ownIds, Instant.now().minus(resubmitAfter), "own");
    }

    /**
     * Another node's publications older than {@code take-over-after}: that node is presumably gone. Once per cluster
     * (docs/cluster.md): two nodes taking over the same publication would deliver it twice.
     */
    @SchedulerLock(name = "event-resubmission")
    @Scheduled(fixedDelayString = "${tangier.events.resubmit-interval:PT1M}",
            initialDelayString = "${tangier.events.resubmit-interval:PT1M}")
    public void takeOver() {
        resubmit(() -> new HashSet<>(owner == null
                ? jdbc.sql("select id from event_publication where completion_date is null and node_id is not null")
                        .query(UUID.class).list()
                : jdbc.sql("select id from event_publication where completion_date is null"
                        + " and (node_id is null or node_id <> :node)").param("node", owner).query(UUID.class).list()),
                Instant.now().minus(takeOverAfter), "of other nodes");
    }

    private Set<UUID> ownIds() {
        return new HashSet<>(owner == null
                ? jdbc.sql("select id from event_publication where completion_date is null and node_id is null")
                        .query(UUID.class).list()
                : jdbc.sql("select id from event_publication where completion_date is null and node_id = :node")
                        .param("node", owner).query(UUID.class).list());
    }

    private void resubmit(Supplier<Set<UUID>> candidates, Instant publishedBefore, String which) {
        try {
            Set<UUID> ids = candidates.get();
            if (ids.isEmpty()) {
                return;
            }
            Predicate<EventPublication> chosen = p -> ids.contains(p.getIdentifier())
                    && p.getPublicationDate().isBefore(publishedBefore);
            Resubmission.run(() -> incomplete.resubmitIncompletePublications(chosen));
        } catch (RuntimeException e) {
            // the pool may still be exhausted: the publications stay incomplete and the next run tries again
            log.warn("Resubmitting incomplete event publications ({}) failed; next attempt in the next interval: {}",
                    which, e.toString());
        }
    }
}
