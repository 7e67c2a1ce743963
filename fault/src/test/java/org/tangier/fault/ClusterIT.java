package org.tangier.fault;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three server nodes as real processes on one PostgreSQL database (created and dropped here) and one real Kafka
 * broker ({@link KafkaBroker}), in cluster mode (docs/cluster.md). A record created or imported on one node must be
 * screened as a HIT on another within {@code cluster.hit-within-ms} (1 s); a node killed with SIGKILL while checks
 * run on all three must lose no hit and no audit entry, the others must keep answering, and the killed node must
 * come back with what changed while it was down. {@code cluster.seconds} of load (3 in the build, 60 with
 * -Pfault-long).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Pattern HIT_ID = Pattern.compile("\"hitId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final String SHARED_KEY = java.util.Base64.getEncoder().encodeToString(
            java.security.SecureRandom.getSeed(32));

    private final String database = "tangier_cluster_" + Long.toString(System.currentTimeMillis(), 36);
    private final double seconds = Double.parseDouble(System.getProperty("cluster.seconds", "3"));
    private final long hitWithinMillis = Long.parseLong(System.getProperty("cluster.hit-within-ms", "1000"));
    private final Map<String, ServerProcess> nodes = new ConcurrentHashMap<>();
    private final Map<String, Api> apis = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger plates = new AtomicInteger();
    private Path work;
    private KafkaBroker broker;

    @BeforeAll
    void startCluster() throws Exception {
        Path jar = Path.of(System.getProperty("fault.server-jar", "../server/target/tangier-server.jar"));
        assertThat(jar).as("the server jar, built before this integration test; run ./mvnw verify").isRegularFile();
        work = Files.createDirectories(Path.of("target", "cluster", database)).toAbsolutePath();
        List<String> db = Backend.POSTGRES.settings(database);
        broker = KafkaBroker.start(Path.of(System.getProperty("cluster.kafka-classpath",
                "../cluster/target/kafka-broker.classpath")), work.resolve("kafka"));
        // the first node writes the demo data; the others start on it side by side
        start(jar, db, "a");
        awaitHit("a", documentCheck("AB1938475"), true);
        Thread b = Thread.ofPlatform().start(() -> startQuietly(jar, db, "b"));
        start(jar, db, "c");
        b.join();
        assertThat(nodes).containsKeys("a", "b", "c");
    }

    private void start(Path jar, List<String> db, String id) throws Exception {
        List<String> settings = new ArrayList<>(db);
        settings.addAll(List.of("--tangier.cluster.enabled=true", "--tangier.cluster.kafka=" + broker.bootstrap(),
                "--tangier.cluster.node-id=" + id, "--tangier.cluster.stale-after=10s",
                // the keys every node must share (docs/cluster.md): a seed sealed on one node opens on the others
                "--tangier.auth.seed-key=" + SHARED_KEY, "--tangier.webhooks.secret-key=" + SHARED_KEY,
                "--tangier.audit.checkpoint-key=" + SHARED_KEY,
                "--tangier.messaging.key-file=" + work.resolve("messaging-keys.properties")));
        ServerProcess node = ServerProcess.start(jar, work.resolve("node-" + id), settings);
        nodes.put(id, node);
        apis.put(id, new Api(node.base()));
    }

    private void startQuietly(Path jar, List<String> db, String id) {
        try {
            start(jar, db, id);
        } catch (Exception e) {
            throw new IllegalStateException("node " + id + " did not start", e);
        }
    }

    @AfterAll
    void stopCluster() throws Exception {
        for (ServerProcess node : nodes.values()) {
            node.close();
        }
        if (broker != null) {
            broker.close();
        }
        Backend.POSTGRES.drop(database);
    }

    @Test
    @Order(1)
    void aRecordCreatedOnOneNodeIsAHitOnAnotherWithinASecond() throws Exception {
        // the first change after start-up is not timed: it waits for the nodes' first connections to the broker
        String first = plate();
        api("a").postJson("/api/v1/records/vehicles", token("ma.bureau"), """
                {"restriction":"all","details":{"plate":"%s","registrationCountry":"MA","status":"stolen"}}"""
                .formatted(first));
        System.out.printf("cluster: first change after start-up, HIT on node c after %d ms%n",
                awaitHit("c", plateCheck(first), false));
        String plate = plate();
        Api.Answer created = api("a").postJson("/api/v1/records/vehicles", token("ma.bureau"), """
                {"restriction":"all","details":{"plate":"%s","registrationCountry":"MA","status":"stolen"}}"""
                .formatted(plate));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        long millis = awaitHit("c", plateCheck(plate), false);
        System.out.printf("cluster: vehicle created on node a, HIT on node c after %d ms%n", millis);
        assertThat(millis).isLessThanOrEqualTo(hitWithinMillis);
    }

    @Test
    @Order(2)
    void anImportOnOneNodeIsAHitOnAnotherWithinASecond() throws Exception {
        String plate = plate();
        Api.Answer imported = api("a").post("/api/v1/records/import?format=csv&type=vehicle&restriction=all",
                token("ma.bureau"), "text/csv", HttpRequest.BodyPublishers.ofString(
                        "plate,registration_country,status\n" + plate + ",MA,stolen\n" + plate() + ",MA,stolen\n"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long millis = awaitHit("b", plateCheck(plate), false);
        System.out.printf("cluster: vehicles imported on node a, HIT on node b after %d ms%n", millis);
        assertThat(millis).isLessThanOrEqualTo(hitWithinMillis);
    }

    @Test
    @Order(3)
    void aNodeKilledUnderLoadLosesNothingAndCatchesUp() throws Exception {
        Set<String> hits = ConcurrentHashMap.newKeySet();
        Map<String, List<Api.Answer>> answers = new ConcurrentHashMap<>();
        List<Thread> loads = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (String id : List.of("a", "b", "c")) {
            List<Api.Answer> mine = new CopyOnWriteArrayList<>();
            answers.put(id, mine);
            loads.add(Thread.ofPlatform().start(() -> {
                do {
                    Api.Answer a = api(id).postJson("/api/v1/screening/checks", token("fr.border"),
                            Scenarios.HIT_CHECK);
                    mine.add(a);
                    Matcher m = HIT_ID.matcher(a.body());
                    if (a.status() == 200 && m.find()) {
                        hits.add(m.group(1));
                    }
                } while (System.nanoTime() < end || mine.size() < 3);
            }));
        }
        // kill b half-way, and not before every node has answered a few checks (a slow machine starts slowly)
        Thread.sleep((long) (seconds * 500));
        long ready = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < ready && answers.values().stream()
                .anyMatch(l -> l.stream().filter(a -> a.status() == 200).count() < 2)) {
            Thread.sleep(100);
        }
        nodes.get("b").kill9();
        try {
            afterTheKill(hits, answers, loads);
        } finally {
            if (!nodes.get("b").alive()) {
                nodes.get("b").restart(); // the next tests need three nodes
            }
        }
    }

    private void afterTheKill(Set<String> hits, Map<String, List<Api.Answer>> answers, List<Thread> loads)
            throws Exception {
        // changed while b is down: b must know it when it is back
        String plate = plate();
        assertThat(api("c").postJson("/api/v1/records/vehicles", token("ma.bureau"), """
                {"restriction":"all","details":{"plate":"%s","registrationCountry":"MA","status":"stolen"}}"""
                .formatted(plate)).status()).isIn(200, 201);
        for (Thread t : loads) {
            t.join();
        }
        for (String survivor : List.of("a", "c")) {
            assertThat(answers.get(survivor)).as("every check on surviving node " + survivor + " is answered")
                    .isNotEmpty().allMatch(a -> a.status() == 200);
        }
        assertThat(answers.get("b").stream().filter(a -> a.status() == 200).count())
                .as("node b answered before it was killed").isPositive();

        nodes.get("b").restart();
        assertThat(awaitHit("b", plateCheck(plate), false)).as("b knows the vehicle created while it was down")
                .isLessThan(60_000);
        String after = plate();
        assertThat(api("b").postJson("/api/v1/records/vehicles", token("ma.bureau"), """
                {"restriction":"all","details":{"plate":"%s","registrationCountry":"MA","status":"stolen"}}"""
                .formatted(after)).status()).isIn(200, 201);
        assertThat(awaitHit("a", plateCheck(after), false)).as("b's changes reach a again").isLessThanOrEqualTo(hitWithinMillis);

        int lostHits = 0;
        int lostEntries = 0;
        for (String hit : hits) {
            if (api("a").get("/api/v1/hits/" + hit, token("fr.border")).status() != 200) {
                lostHits++;
            }
            if (!api("c").get("/api/v1/audit/entries?action=hit.raise&objectId=" + hit, token("fr.auditor")).body()
                    .contains(hit)) {
                lostEntries++;
            }
        }
        Api.Answer verify = api("a").get("/api/v1/audit/verify", token("fr.auditor"));
        System.out.printf("cluster: %d HIT answers on 3 nodes, node b killed mid-run; %d hits lost, %d hit.raise entries lost;"
                + " verify %s%n", hits.size(), lostHits, lostEntries, verify.body());
        assertThat(hits).isNotEmpty();
        assertThat(lostHits).isZero();
        assertThat(lostEntries).isZero();
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body()).contains("\"intact\":true");
    }

    /**
     * A browser signs in across the nodes: the login form from a, the password to b, the one-time code form from c,
     * the code to a, and the home page from b. Each step needs the session the previous node wrote (Spring Session
     * JDBC); the cookie is the same on every node of the host, as behind a load balancer.
     */
    @Test
    @Order(4)
    void aBrowserSessionWorksOnEveryNode() throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String form = page(browser, "a", "/login").body();
        java.net.http.HttpResponse<String> password = submit(browser, "b", "/login", "username=ma.duty&password="
                + Api.DEMO_PASSWORD + csrf(form));
        assertThat(password.headers().firstValue("Location").orElse("")).as("password accepted on b")
                .doesNotContain("error").contains("/login/code");
        java.net.http.HttpResponse<String> codeForm = page(browser, "c", "/login/code");
        assertThat(codeForm.statusCode()).as("c knows the session is waiting for a code").isEqualTo(200);
        java.net.http.HttpResponse<String> code = submit(browser, "a", "/login/code",
                "code=" + Login.freshCode("ma.duty") + csrf(codeForm.body()));
        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(code.headers().firstValue("Location").orElse("")).doesNotContain("login");
        java.net.http.HttpResponse<String> home = page(browser, "b", "/");
        assertThat(home.statusCode()).as("b serves the signed-in session").isEqualTo(200);
    }

    private java.net.http.HttpResponse<String> page(java.net.http.HttpClient browser, String node, String path)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(java.net.URI.create(nodes.get(node).base() + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private java.net.http.HttpResponse<String> submit(java.net.http.HttpClient browser, String node, String path,
            String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(java.net.URI.create(nodes.get(node).base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** The form's CSRF field, when the page has one. */
    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        return m.find() ? "&_csrf=" + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) : "";
    }

    private Api api(String node) {
        return apis.computeIfAbsent(node, id -> new Api(nodes.get(id).base())); // a restart keeps the port
    }

    /** One token per user for the whole cluster (a one-time code is accepted once): it must work on every node. */
    private String token(String user) {
        return tokens.computeIfAbsent(user, u -> Login.token(api("a"), u));
    }

    private String plate() {
        return "CL-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + plates.incrementAndGet();
    }

    private static String plateCheck(String plate) {
        return "{\"vehicle\":{\"plate\":\"" + plate + "\",\"country\":\"MA\"},\"purpose\":\"cluster test\"}";
    }

    private static String documentCheck(String passport) {
        return "{\"document\":{\"number\":\"" + passport + "\",\"issuingCountry\":\"MA\"},\"purpose\":\"cluster test\"}";
    }

    /**
     * Checks on {@code node} until it answers HIT (bounded by 5 minutes while the demo data is written, else 60 s);
     * returns the milliseconds from the call to the HIT.
     */
    private long awaitHit(String node, String check, boolean demoData) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + (demoData ? 300_000_000_000L : 60_000_000_000L);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                Api.Answer a = api(node).postJson("/api/v1/screening/checks", token("fr.border"), check);
                last = a.status() + " " + a.body();
                if (a.status() == 200 && "HIT".equals(a.field("outcome"))) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IllegalStateException e) {
                tokens.clear(); // the demo users do not exist yet
                Thread.sleep(2000);
            }
            Thread.sleep(demoData ? 2000 : 20);
        }
        throw new AssertionError("node " + node + " never answered HIT to " + check + "; last answer " + last
                + "; see " + nodes.get(node).log());
    }
}
