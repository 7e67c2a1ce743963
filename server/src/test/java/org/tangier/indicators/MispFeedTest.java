package org.tangier.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A MISP feed served on loopback flows into screening; warning-listed values are imported flagged and do not hit;
 * a broken or missing event is reported and the rest lands.
 */
@TangierTest
class MispFeedTest {

    static final Map<String, String> FILES = new ConcurrentHashMap<>();
    /** The scheduled feed's files: its own path, so its pulls never touch the on-demand tests' events. */
    static final Map<String, String> SCHEDULED = new ConcurrentHashMap<>();
    static final String SCHEDULED_AGENCY = "FSCHED";
    static final HttpServer SERVER = start();

    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/feed/", exchange -> {
                String name = exchange.getRequestURI().getPath().substring("/feed/".length());
                String body = FILES.get(name);
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
                if (body != null) {
                    exchange.getResponseBody().write(bytes);
                }
                exchange.close();
            });
            server.createContext("/scheduled/", exchange -> {
                String body = SCHEDULED.get(exchange.getRequestURI().getPath().substring("/scheduled/".length()));
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
                if (body != null) {
                    exchange.getResponseBody().write(bytes);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void feed(DynamicPropertyRegistry registry) {
        registry.add("tangier.indicators.feeds[0].name", () -> "community");
        registry.add("tangier.indicators.feeds[0].url", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/feed/");
        registry.add("tangier.indicators.feeds[1].name", () -> "scheduled");
        registry.add("tangier.indicators.feeds[1].url", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/scheduled/");
        registry.add("tangier.indicators.feeds[1].agency", () -> SCHEDULED_AGENCY);
        registry.add("tangier.indicators.feeds[1].restriction", () -> "all");
        registry.add("tangier.indicators.feed-interval", () -> "PT1S");
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ScreeningFixtures fixtures;

    final JsonMapper json = JsonMapper.builder().build();
    String owner;
    String checker;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("FO");
        checker = fixtures.agency("FC");
    }

    private String check(String kind, String value) throws Exception {
        String body = "{\"purpose\":\"border control\",\"indicator\":{\"kind\":\"" + kind + "\",\"value\":\"" + value + "\"}}";
        return json.readTree(mvc.perform(post("/api/v1/screening/checks").with(as(border(checker)))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("outcome").asString();
    }

    @Test
    void aFeedsIndicatorsScreenAndItsWarningListedValuesDoNot() throws Exception {
        Random r = new Random();
        String domain = "feed-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String privateIp = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(250));
        String good = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        String missing = UUID.randomUUID().toString();
        String warnedAttribute = UUID.randomUUID().toString();
        FILES.put("manifest.json", "{\"%s\":{\"info\":\"phishing\"},\"%s\":{\"info\":\"x\"},\"%s\":{\"info\":\"y\"}}"
                .formatted(good, broken, missing));
        FILES.put(good + ".json", """
                {"Event":{"uuid":"%s","info":"phishing wave","distribution":"1","Attribute":[
                  {"uuid":"%s","type":"domain","category":"Network activity","value":"%s"},
                  {"uuid":"%s","type":"ip-dst","category":"Network activity","value":"%s"}]}}"""
                .formatted(good, UUID.randomUUID(), domain, warnedAttribute, privateIp));
        FILES.put(broken + ".json", "{\"Event\": [not json");

        JsonNode answer = json.readTree(mvc.perform(post("/api/v1/indicators/feeds/community/pull").with(as(bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(answer.get("events").asInt()).isEqualTo(1);
        assertThat(answer.get("imported").asInt()).isEqualTo(2);
        assertThat(answer.get("warned").asInt()).isEqualTo(1);
        JsonNode warned = answer.get("results").get(0).get("warned").get(0);
        assertThat(warned.get("id").asString()).isEqualTo(warnedAttribute);
        assertThat(warned.get("warningList").asString()).startsWith("Private, loopback");
        assertThat(answer.get("failed")).hasSize(2);
        assertThat(answer.get("failed").toString()).contains(broken).contains(missing).contains("404");

        assertThat(check("domain", domain)).isEqualTo("HIT");
        assertThat(check("ip-address", privateIp)).isNotEqualTo("HIT");
        assertThat(jdbc.sql("select status from record where external_id = :id").param("id", warnedAttribute)
                .query(String.class).single()).isEqualToIgnoringCase("CANCELLED");

        // pulled again: the same objects are updated, not doubled
        JsonNode again = json.readTree(mvc.perform(post("/api/v1/indicators/feeds/community/pull").with(as(bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(2);
    }

    @Test
    void anUnconfiguredFeedIsNotFoundAndNoUrlCanBeGiven() throws Exception {
        mvc.perform(post("/api/v1/indicators/feeds/elsewhere/pull").with(as(bureau(owner))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFeedThatNamesAnAgencyIsPulledOnScheduleIntoThatAgency() throws Exception {
        jdbc.sql("insert into agency (code, name, kind, active, created_at) select :c, 'Scheduled feed agency',"
                + " 'NATIONAL_BUREAU', true, current_timestamp where not exists (select 1 from agency where code = :c)")
                .param("c", SCHEDULED_AGENCY).update();
        String event = UUID.randomUUID().toString();
        String attribute = UUID.randomUUID().toString();
        String domain = "sched-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        SCHEDULED.put("manifest.json", "{\"%s\":{\"info\":\"scheduled\"}}".formatted(event));
        SCHEDULED.put(event + ".json", """
                {"Event":{"uuid":"%s","info":"scheduled wave","distribution":"1","Attribute":[
                  {"uuid":"%s","type":"domain","category":"Network activity","value":"%s"}]}}""".formatted(event, attribute, domain));

        // the job runs every second here (tangier.indicators.feed-interval=PT1S); nobody asks for this pull
        long deadline = System.currentTimeMillis() + 60_000;
        int found = 0;
        while (found == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            found = jdbc.sql("select count(*) from record where external_id = :id and owner_agency = :o and status = 'ACTIVE'")
                    .param("id", attribute).param("o", SCHEDULED_AGENCY).query(Integer.class).single();
        }
        assertThat(found).as("the scheduled pull imported the feed's indicator into the feed's agency").isEqualTo(1);
        assertThat(check("domain", domain)).isEqualTo("HIT");
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'misp-feed-pull'").query(Integer.class).single())
                .as("run once per cluster, under a ShedLock lock").isEqualTo(1);
    }
}
