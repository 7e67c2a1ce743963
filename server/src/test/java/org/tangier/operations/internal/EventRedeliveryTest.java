package org.tangier.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.platform.EventResubmission;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * A listener that cannot get a connection (the pool exhausted) leaves its event publication incomplete; the
 * resubmission job hands the event to it again, and the effect — a webhook delivery queued for the event — happens
 * exactly once. The job's own interval is an hour here, so only the test's call resubmits.
 */
@TangierTest
@TestPropertySource(properties = {"tangier.webhooks.allowed-hosts=127.0.0.1", "tangier.events.resubmit-after=PT0S",
        "tangier.events.resubmit-interval=PT1H"})
class EventRedeliveryTest {

    /** What the flaky listener is handed: an occurrence to queue a webhook delivery for. */
    record SomethingHappened(UUID id, String agency) {
    }

    /**
     * Queues the webhook delivery, then fails the first time as a listener does when no connection is free. (The
     * bean is a proxy, so the count is read through a method.)
     */
    static class FlakyListener {

        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger failuresLeft = new AtomicInteger(1);
        private final WebhookService webhooks;

        FlakyListener(WebhookService webhooks) {
            this.webhooks = webhooks;
        }

        public int calls() {
            return calls.get();
        }

        @ApplicationModuleListener
        void on(SomethingHappened event) {
            calls.incrementAndGet();
            webhooks.enqueue(Set.of(event.agency()), "message.received", Map.of("messageId", event.id().toString()),
                    "test:" + event.id());
            if (failuresLeft.getAndDecrement() > 0) {
                throw new CannotGetJdbcConnectionException("Connection is not available, request timed out (test)");
            }
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener(WebhookService webhooks) {
            return new FlakyListener(webhooks);
        }
    }

    @Autowired
    FlakyListener listener;
    @Autowired
    EventResubmission resubmission;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WebhookService webhooks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aListenerThatFailsOnceGetsTheEventAgainAndItsEffectHappensOnce() {
        String agency = new TestAgencies(jdbc, mvc).agency("RD");
        WebhookService.Created hook = webhooks.create(TestCallers.agencyAdmin(agency), "http://127.0.0.1:9/hook",
                Set.of("message"));
        SomethingHappened event = new SomethingHappened(UUID.randomUUID(), agency);

        transactions.executeWithoutResult(tx -> events.publishEvent(event));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.calls() == 1 && incomplete(event));
        assertThat(deliveries(hook)).as("the failed attempt's delivery rolled back").isZero();

        resubmission.resubmit();

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.calls() == 2 && !incomplete(event));
        assertThat(deliveries(hook)).isEqualTo(1);

        // handed the same event once more (a second resubmission racing the first), the effect does not repeat
        webhooks.enqueue(Set.of(agency), "message.received", Map.of("messageId", event.id().toString()), "test:" + event.id());
        assertThat(deliveries(hook)).isEqualTo(1);
    }

    private boolean incomplete(SomethingHappened event) {
        return registry.findIncompletePublications().stream().anyMatch(p -> event.equals(p.getEvent()));
    }

    private long deliveries(WebhookService.Created hook) {
        return jdbc.sql("select count(*) from webhook_delivery where webhook_id = :hook").param("hook", hook.webhook().id())
                .query(Long.class).single();
    }
}
