package org.tangier.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * Webhooks against a receiver on 127.0.0.1 that fails twice and then recovers; loopback is allowed here through the
 * allow-list setting, as an operator would allow an internal receiver.
 */
@TangierTest
@TestPropertySource(properties = "tangier.webhooks.allowed-hosts=127.0.0.1")
class WebhookDeliveryTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookSecrets secrets;
    @Autowired
    Messaging messaging;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger(2);

    record Received(String delivery, String event, String timestamp, String signature, String body, int answered) {
    }

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Tangier-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Tangier-Event"),
                    exchange.getRequestHeaders().getFirst("X-Tangier-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Tangier-Signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aReceiverThatFailsTwiceStillGetsTheSignedEventOnceItRecovers() {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String national = agencies.agency("WN");
        String sender = agencies.agency("WS");
        Caller admin = TestCallers.agencyAdmin(national);
        WebhookService.Created hook = webhooks.create(admin,
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", Set.of("message"));

        messaging.send(TestCallers.user("officer", sender, EnumSet.of(Role.BUREAU_OFFICER)), new MessageDraft(Set.of(national),
                "Webhook subject stays home", "body", Priority.URGENT, HandlingCode.H2, List.of(), List.of(), null));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream().anyMatch(r -> r.answered() == 204));
        assertThat(received).hasSize(3);
        assertThat(received).extracting(Received::delivery).containsOnly(received.get(0).delivery());
        Received last = received.get(2);
        assertThat(last.event()).isEqualTo("message.received");
        assertThat(last.signature()).isEqualTo("sha256=" + WebhookService.signature(hook.secret(), last.timestamp(), last.body()));
        assertThat(last.body()).contains("\"sender\":\"" + sender + "\"").doesNotContain("Webhook subject stays home");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(webhooks.deliveries(admin, 10)).singleElement()
                .satisfies(d -> {
                    assertThat(d.status()).isEqualTo("DELIVERED");
                    assertThat(d.attempts()).isEqualTo(3);
                }));
    }

    @Test
    void theWebhooksPageShowsTheSecretOnceAndTheDeliveryLog() throws Exception {
        String agency = new TestAgencies(jdbc, mvc).agency("WP");
        var session = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                new org.springframework.security.authentication.TestingAuthenticationToken(TestCallers.agencyAdmin(agency), null,
                        "factor:complete", "ROLE_AGENCY_ADMIN"));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/webhooks")
                        .param("url", "https://national.example/tangier").param("events", "message", "hit").with(session).with(csrf))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("secret"));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/webhooks").with(session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("https://national.example/tangier").contains("data-testid=\"deliveries\"");
    }

    @Test
    void onlyAgencyAdminsManageWebhooksAndOnlyHttpUrlsAreAccepted() {
        String agency = new TestAgencies(jdbc, mvc).agency("WA");
        assertThatThrownBy(() -> webhooks.create(TestCallers.user("o", agency, EnumSet.of(Role.BUREAU_OFFICER)),
                "http://127.0.0.1/x", Set.of())).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> webhooks.create(TestCallers.agencyAdmin(agency), "file:///etc/passwd", Set.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).startsWith("url"));
        assertThatThrownBy(() -> webhooks.create(TestCallers.agencyAdmin(agency), "http://127.0.0.1/x", Set.of("gossip")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).startsWith("events"));
        webhooks.publish(Set.of(agency), "hit.created", Map.of("hitId", "x"));
    }

    @Test
    void theDeliveryLogDoesNotTellWhichPortsAreOpen() throws Exception {
        String agency = new TestAgencies(jdbc, mvc).agency("WC");
        Caller admin = TestCallers.agencyAdmin(agency);
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        webhooks.create(admin, "http://127.0.0.1:" + closed + "/hook", Set.of("hit"));
        webhooks.publish(Set.of(agency), "hit.created", Map.of("hitId", "x"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(webhooks.deliveries(admin, 10)).singleElement()
                .satisfies(d -> assertThat(d.lastError()).isEqualTo(WebhookService.NO_ANSWER)));
    }

    @Test
    void secretsAreStoredEncryptedAndOldPlainOnesAreSealedAtStart() {
        String agency = new TestAgencies(jdbc, mvc).agency("WE");
        WebhookService.Created hook = webhooks.create(TestCallers.agencyAdmin(agency), "http://127.0.0.1:9/hook", Set.of("hit"));
        String stored = jdbc.sql("select secret from webhook where id = :id").param("id", hook.webhook().id()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(hook.secret());
        assertThat(secrets.open(hook.webhook().id(), stored)).isEqualTo(hook.secret());
        assertThatThrownBy(() -> secrets.open(java.util.UUID.randomUUID(), stored)).isInstanceOf(IllegalStateException.class);

        jdbc.sql("update webhook set secret = 'plain-from-an-older-version' where id = :id").param("id", hook.webhook().id()).update();
        webhooks.sealPlainSecrets();
        String sealed = jdbc.sql("select secret from webhook where id = :id").param("id", hook.webhook().id()).query(String.class).single();
        assertThat(sealed).startsWith("v1:");
        assertThat(secrets.open(hook.webhook().id(), sealed)).isEqualTo("plain-from-an-older-version");
    }
}
