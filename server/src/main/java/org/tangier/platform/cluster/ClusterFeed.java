package org.tangier.platform.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.Externalized;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every cluster-wide event of the other nodes and publishes each here as {@link FromOtherNode}.
 *
 * <p>Offsets: the node's in-memory state is built from the database at start-up (the screening index from its
 * snapshot and the records changed since), so the log is needed only for what was committed after that read began.
 * The feed therefore assigns itself every partition of the topic and, at each start, seeks to the offsets of the
 * time this node began starting, less {@code REPLAY_MARGIN} (clock skew between nodes, whose clocks stamp the
 * events): an event committed after the database read was sent after it, so it is read again; one already in the
 * database is applied a second time, which changes nothing. Committed offsets (group {@code tangier-node-<id>}) are
 * kept for monitoring the lag ({@code kafka-consumer-groups.sh --describe}), not for positioning: a node that was
 * down a week starts from the database, not from a week of log.
 *
 * <p>Staleness: each poll round asks the broker for the end offsets; without an answer for
 * {@code tangier.cluster.stale-after}, {@link #stale()} is true and the health says DOWN (docs/cluster.md).
 */
@Component
@ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
class ClusterFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterFeed.class);
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);

    private final ClusterSettings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final Instant startingAt;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Instant lastContact;
    private volatile long lag = -1;
    private volatile long received;
    /** From the send on the other node (its clock) to applied here, for the last event. */
    private volatile long lastDelayMillis = -1;

    private final ObjectProvider<KafkaOperations<?, ?>> producer;

    ClusterFeed(ClusterSettings settings, ApplicationEventPublisher events, JsonMapper json, Clock clock,
            ObjectProvider<KafkaOperations<?, ?>> producer) {
        this.producer = producer;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.startingAt = clock.instant();
        this.lastContact = startingAt;
    }

    /**
     * Starts reading once the application is ready: the screening index is built by then. Also opens the producer's
     * connection and reads the topic's partitions, so that the first event of this node does not wait for them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        try {
            producer.getIfAvailable(() -> null).partitionsFor(ClusterSettings.TOPIC);
        } catch (RuntimeException e) {
            log.warn("Kafka is not reachable yet ({}); events are sent when it is", e.toString());
        }
        running = true;
        thread = Thread.ofPlatform().name("cluster-feed").daemon().start(this::run);
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProperties())) {
                consumer = c;
                List<TopicPartition> partitions = awaitPartitions(c);
                if (partitions.isEmpty()) {
                    continue;
                }
                c.assign(partitions);
                seekToReplayPoint(c, partitions);
                long measured = 0;
                while (running) {
                    var records = c.poll(Duration.ofMillis(200));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        deliver(record);
                    }
                    if (!records.isEmpty()) {
                        c.commitAsync();
                    }
                    if (System.nanoTime() - measured > 1_000_000_000L) {
                        measure(c, partitions); // a round trip to the broker: once a second is enough
                        measured = System.nanoTime();
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("The cluster feed lost Kafka ({}); reconnecting", e.toString());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> c) {
        while (running) {
            try {
                var infos = c.partitionsFor(ClusterSettings.TOPIC, Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    lastContact = clock.instant();
                    return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                log.debug("No partitions of {} yet", ClusterSettings.TOPIC);
            }
            sleep(Duration.ofMillis(500));
        }
        return List.of();
    }

    private void seekToReplayPoint(KafkaConsumer<String, byte[]> c, List<TopicPartition> partitions) {
        long from = startingAt.minus(REPLAY_MARGIN).toEpochMilli();
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, from));
        Map<TopicPartition, OffsetAndTimestamp> offsets = c.offsetsForTimes(query, Duration.ofSeconds(10));
        Map<TopicPartition, Long> ends = c.endOffsets(partitions, Duration.ofSeconds(10));
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp at = offsets.get(p);
            c.seek(p, at != null ? at.offset() : ends.get(p));
        }
        log.info("Cluster feed of node {} reads {} partitions of {} from {}", settings.nodeId(), partitions.size(),
                ClusterSettings.TOPIC, Instant.ofEpochMilli(from));
    }

    private void measure(KafkaConsumer<String, byte[]> c, List<TopicPartition> partitions) {
        try {
            Map<TopicPartition, Long> ends = c.endOffsets(partitions, Duration.ofSeconds(2));
            long behind = 0;
            for (TopicPartition p : partitions) {
                behind += Math.max(0, ends.get(p) - c.position(p, Duration.ofSeconds(2)));
            }
            lag = behind;
            lastContact = clock.instant();
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            // no broker answered: lastContact ages and the node turns stale
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> record) {
        String node = header(record, ClusterEventRouting.NODE_HEADER);
        String type = header(record, ClusterEventRouting.TYPE_HEADER);
        if (settings.nodeId().equals(node)) {
            return; // applied here when it happened
        }
        Class<?> eventType = externalizedType(type);
        if (eventType == null) {
            log.warn("Skipping an event of unknown type {} at {}-{}@{}", type, record.topic(), record.partition(), record.offset());
            return;
        }
        Object event;
        try {
            event = json.readValue(record.value(), eventType);
        } catch (RuntimeException e) {
            log.error("Skipping an unreadable {} at {}-{}@{}", type, record.topic(), record.partition(), record.offset(), e);
            return;
        }
        try {
            events.publishEvent(new FromOtherNode(event, node));
            received++;
            lastDelayMillis = System.currentTimeMillis() - record.timestamp();
            if (lastDelayMillis > 1000) {
                log.info("{} from node {} applied {} ms after it was sent", eventType.getSimpleName(), node, lastDelayMillis);
            }
        } catch (RuntimeException e) {
            // a listener failed: the state it keeps may miss this event until the next start rebuilds it
            log.error("A listener failed on {} from node {}", type, node, e);
        }
    }

    /** Only types that are externalised may be read from the topic: nothing else is instantiated from it. */
    private static Class<?> externalizedType(String name) {
        if (name == null || !name.startsWith("org.tangier.")) {
            return null;
        }
        try {
            Class<?> type = Class.forName(name, false, ClusterFeed.class.getClassLoader());
            return type.isAnnotationPresent(Externalized.class) ? type : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** A header's text; the message converter may have written a string header as JSON (quoted). */
    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        if (h == null || h.value() == null) {
            return null;
        }
        String value = new String(h.value(), StandardCharsets.UTF_8);
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tangier-feed-" + settings.nodeId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // never jump: a position the broker no longer has (its log recovered shorter after a crash, or truncated) is an
        // error, and the feed then reconnects and seeks to its replay point again (run); "latest" would skip what was
        // appended between the recovery and the reset
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        return p;
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** True when Kafka has not answered for {@code tangier.cluster.stale-after}: this node may miss changes. */
    boolean stale() {
        return Duration.between(lastContact, clock.instant()).compareTo(settings.staleAfter()) > 0;
    }

    Instant lastContact() {
        return lastContact;
    }

    long lag() {
        return lag;
    }

    long received() {
        return received;
    }

    long lastDelayMillis() {
        return lastDelayMillis;
    }

    @Override
    public void start() {
        // reading starts at ApplicationReadyEvent; this lifecycle only stops it
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
