package org.tangier.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/**
 * With the default settings a webhook cannot reach the server's own network: such URLs are refused when registered,
 * and a stored one whose name now resolves to loopback (DNS rebinding, or a row from before this rule) is refused at
 * connect time, without the receiver ever being reached.
 */
@TangierTest
class WebhookAddressTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void urlsOnLoopbackPrivateOrLinkLocalAddressesAreRefusedWhenRegistered() {
        Caller admin = TestCallers.agencyAdmin(new TestAgencies(jdbc, mvc).agency("WR"));
        for (String url : List.of("http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]/x", "http://10.1.2.3/x",
                "http://172.16.0.1/x", "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/x",
                "http://0.0.0.0/x", "http://224.0.0.1/x", "http://[fc00::1]/x", "http://[fe80::1]/x", "http://[::ffff:127.0.0.1]/x")) {
            assertThatThrownBy(() -> webhooks.create(admin, url, Set.of())).as(url)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).startsWith("url: "));
        }
        assertThat(webhooks.create(admin, "https://93.184.215.14/hook", Set.of()).webhook().url()).isEqualTo("https://93.184.215.14/hook");
    }

    @Test
    void aStoredNameThatResolvesToLoopbackIsRefusedAtConnectTime() throws Exception {
        AtomicInteger reached = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String agency = new TestAgencies(jdbc, mvc).agency("WD");
            jdbc.sql("""
                    insert into webhook (id, agency, url, secret, events, active, created_at, created_by)
                    values (:id, :a, :u, 'secret', 'hit', true, :t, 'test')""")
                    .param("id", UUID.randomUUID()).param("a", agency)
                    .param("u", "http://localhost:" + receiver.getAddress().getPort() + "/hook")
                    .param("t", Timestamp.from(Instant.now())).update();
            webhooks.publish(Set.of(agency), "hit.created", Map.of("hitId", "x"));

            Caller admin = TestCallers.agencyAdmin(agency);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(webhooks.deliveries(admin, 10)).singleElement()
                    .satisfies(d -> assertThat(d.lastError()).isEqualTo(WebhookService.REFUSED_ADDRESS)));
            assertThat(reached).hasValue(0);
        } finally {
            receiver.stop(0);
        }
    }
}
