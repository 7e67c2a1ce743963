package org.tangier.fault;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Three server nodes as real processes behind HAProxy ({@link HaProxy}), on a PostgreSQL server of the test's own
 * ({@link PostgresInstance}) and one real Kafka broker ({@link KafkaBroker}), in cluster mode (docs/cluster.md).
 * A record created or imported on one node must be screened as a HIT on another within
 * {@code cluster.hit-within-ms}; then, each under load through the load balancer (checks that raise hits delivered by
 * webhook, CSV imports): a node killed with SIGKILL, the broker killed and restarted, PostgreSQL crashed and
 * restarted, and node c cut off from Kafka by a proxy ({@link CuttingProxy}) for {@code cluster.cut-seconds}. Nothing
 * answered may be lost (hit, audit entry, webhook delivery, import line), and the cluster must recover by itself.
 * {@code cluster.seconds} of load (3 in the build, 60 with -Pfault-long).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String SHARED_KEY = java.util.Base64.getEncoder().encodeToString(
            java.security.SecureRandom.getSeed(32));
    private static final List<String> NODES = List.of("a", "b", "c");

    private final String database = "tangier_cluster_" + Long.toString(System.currentTimeMillis(), 36);
    private final double seconds = Double.parseDouble(System.getProperty("cluster.seconds", "3"));
    private final long hitWithinMillis = Long.parseLong(System.getProperty("cluster.hit-within-ms", "1000"));
    private final String staleAfter = System.getProperty("cluster.stale-after", "6s");
    private final double cutSeconds = Double.parseDouble(System.getProperty("cluster.cut-seconds", "15"));
    private final long outageMillis = Long.parseLong(System.getProperty("cluster.outage-ms", "3000"));
    /** How long a killed or cut-off part may take to be whole again on a shared 2-core machine. */
    private static final long RECOVERY_MILLIS = 180_000;
    /** Threads sending checks through the balancer while a test breaks something. */
    private static final int CHECK_THREADS = 3;
    private final Map<String, ServerProcess> nodes = new ConcurrentHashMap<>();
    private final Map<String, Api> apis = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger plates = new AtomicInteger();
    private Path work;
    private KafkaBroker broker;
    private PostgresInstance postgres;
    private HaProxy balancer;
    private Api lb;
    private WebhookReceiver receiver;

    @BeforeAll
    void startCluster() throws Exception {
        Path jar = Path.of(System.getProperty("fault.server-jar", "../server/target/tangier-server.jar"));
        assertThat(jar).as("the server jar, built before this integration test; run ./mvnw verify").isRegularFile();
        work = Files.createDirectories(Path.of("target", "cluster", database)).toAbsolutePath();
        postgres = PostgresInstance.start();
        List<String> db = postgres.settings(database);
        broker = KafkaBroker.start(Path.of(System.getProperty("cluster.kafka-classpath",
                "../cluster/target/kafka-broker.classpath")), work.resolve("kafka"));
        receiver = new WebhookReceiver();
        // the first node writes the demo data; the others start on it side by side
        start(jar, db, "a");
        awaitHit("a", documentCheck("AB1938475"), true);
        Thread b = Thread.ofPlatform().start(() -> startQuietly(jar, db, "b"));
        start(jar, db, "c");
        b.join();
        assertThat(nodes).containsKeys("a", "b", "c");
        Map<String, String> bases = new java.util.LinkedHashMap<>();
        NODES.forEach(id -> bases.put(id, nodes.get(id).base()));
        balancer = HaProxy.start(work.resolve("haproxy"), bases);
        lb = new Api(balancer.base());
        Api.Answer hook = api("a").postJson("/api/v1/webhooks", token("ma.admin"),
                "{\"url\":\"" + receiver.url() + "\",\"events\":[\"hit\"]}");
        assertThat(hook.status()).as(hook.body()).isIn(200, 201);
        awaitServedBy(Set.copyOf(NODES));
    }

    private void start(Path jar, List<String> db, String id) throws Exception {
        List<String> settings = new ArrayList<>(db);
        // node c reaches Kafka through the cutting proxy (the partition test); the others directly
        String kafka = id.equals("c") ? broker.cuttableBootstrap() : broker.bootstrap();
        settings.addAll(List.of("--tangier.cluster.enabled=true", "--tangier.cluster.kafka=" + kafka,
                "--tangier.cluster.node-id=" + id, "--tangier.cluster.stale-after=" + staleAfter,
                // the keys every node must share (docs/cluster.md): a seed sealed on one node opens on the others
                "--tangier.auth.seed-key=" + SHARED_KEY, "--tangier.webhooks.secret-key=" + SHARED_KEY,
                "--tangier.audit.checkpoint-key=" + SHARED_KEY,
                "--tangier.messaging.key-file=" + work.resolve("messaging-keys.properties"),
                // the receiver is on loopback; a delivery claimed by a killed node is free again after timeout + 5 s
                "--tangier.webhooks.allowed-hosts=127.0.0.1", "--tangier.webhooks.timeout=3s",
                // a publication left incomplete by a killed node or a lost broker is handed on again sooner
                "--tangier.events.resubmit-after=PT10S", "--tangier.events.resubmit-interval=PT5S"));
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
        if (balancer != null) {
            balancer.close();
        }
        for (ServerProcess node : nodes.values()) {
            node.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aRecordCreatedOnOneNodeIsAHitOnAnotherWithinASecond() throws Exception {
        // the first change after start-up is not timed: it waits for the nodes' first connections to the broker
        String first = plate();
        createVehicle("a", first);
        System.out.printf("cluster: first change after start-up, HIT on node c after %d ms%n",
                awaitHit("c", plateCheck(first), false));
        String plate = plate();
        createVehicle("a", plate);
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

    /**
     * Checks and imports through the load balancer; node b killed with SIGKILL half-way. Requests in flight on b may
     * fail; every request sent after the kill is answered (by a or c). Nothing answered is lost: hits, their audit
     * entries, their webhook deliveries, every line of every import answered 200. b rejoins and catches up.
     */
    @Test
    @Order(3)
    void aNodeKilledUnderLoadLosesNothingAndCatchesUp() throws Exception {
        ClusterTraffic traffic = traffic(true);
        long killedAt;
        try {
            // kill b half-way, and not before the balancer has given it a few requests (a slow machine starts slowly)
            Thread.sleep((long) (seconds * 500));
            awaitBounded(() -> traffic.sent.stream().filter(s -> "b".equals(s.answer().servedBy())).count() >= 2,
                    60_000, "node b answered through the balancer");
            nodes.get("b").kill9();
            killedAt = System.nanoTime();
            // changed while b is down: b must know it when it is back
            String plate = plate();
            createVehicle("c", plate);
            Thread.sleep((long) (seconds * 500) + 2000);
            traffic.stop();

            List<ClusterTraffic.Sent> after = traffic.sentAfter(killedAt);
            System.out.printf("cluster: kill -9 of b under load through HAProxy: %d requests, %d sent after the kill,"
                    + " %d of them failed; %d failed before (in flight on b)%n", traffic.sent.size(), after.size(),
                    after.stream().filter(s -> !s.ok()).count(),
                    traffic.sent.stream().filter(s -> s.at() <= killedAt && !s.ok()).count());
            assertThat(after).as("requests sent after the kill").isNotEmpty();
            assertThat(after.stream().filter(s -> s.answer().status() != 200))
                    .as("requests sent after the kill not answered 200; %s", balancerLog()).isEmpty();
            assertThat(after).as("answered by the surviving nodes only")
                    .allSatisfy(s -> assertThat(s.answer().servedBy()).isIn("a", "c"));

            nodes.get("b").restart();
            assertThat(awaitHit("b", plateCheck(plate), false)).as("b knows the vehicle created while it was down")
                    .isLessThan(60_000);
            String later = plate();
            createVehicle("b", later);
            assertThat(awaitHit("a", plateCheck(later), false)).as("b's changes reach a again")
                    .isLessThanOrEqualTo(hitWithinMillis);
            awaitServedBy(Set.of("b"));
        } finally {
            traffic.stop();
            if (!nodes.get("b").alive()) {
                nodes.get("b").restart(); // the next tests need three nodes
            }
        }
        assertNothingLost(traffic, "kill -9 of node b");
    }

    /** The broker killed with SIGKILL under load, down for {@code cluster.outage-ms}, started again on its log. */
    @Test
    @Order(5)
    void aKafkaBrokerRestartUnderLoadRecoversByItself() throws Exception {
        ClusterTraffic traffic = traffic(true);
        String plate = plate();
        try {
            Thread.sleep((long) (seconds * 300));
            long t0 = System.nanoTime();
            broker.kill9AndRestart(outageMillis);
            System.out.printf("cluster: broker killed and back after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            // changed on a just after the broker came back: its event may wait in a's producer or the registry
            createVehicle("a", plate);
            Thread.sleep((long) (seconds * 500));
        } finally {
            traffic.stop();
        }
        // while every node was stale the balancer had no server: 503 from it, never a node's 5xx
        assertThat(traffic.sent.stream().filter(s -> s.answer().status() != 200 && s.answer().status() != 503))
                .as("answers other than 200 or 503; %s", balancerLog()).isEmpty();
        long millis = awaitHit("c", plateCheck(plate), false);
        System.out.printf("cluster: broker restart under load: %d requests (%d x 503 while every node was stale);"
                + " a vehicle created on a after the restart is a HIT on c after %d ms%n", traffic.sent.size(),
                traffic.sent.stream().filter(s -> s.answer().status() == 503).count(), millis);
        awaitServedBy(Set.copyOf(NODES));
        String later = plate();
        createVehicle("b", later);
        assertThat(awaitHit("c", plateCheck(later), false)).as("events flow again").isLessThanOrEqualTo(hitWithinMillis);
        assertNothingLost(traffic, "broker restart");
    }

    /** The cluster's PostgreSQL crashed (immediate stop) under load, down for {@code cluster.outage-ms}, restarted. */
    @Test
    @Order(6)
    void aPostgresRestartUnderLoadRecoversByItself() throws Exception {
        ClusterTraffic traffic = traffic(true);
        long back;
        try {
            Thread.sleep((long) (seconds * 300));
            postgres.crashAndRestart(outageMillis);
            back = System.nanoTime();
            Thread.sleep((long) (seconds * 500));
        } finally {
            traffic.stop();
        }
        // each node's pool gets new connections by itself; no node is restarted
        for (String id : NODES) {
            awaitBounded(() -> api(id).postJson("/api/v1/screening/checks", token("fr.border"), Scenarios.HIT_CHECK)
                    .status() == 200, RECOVERY_MILLIS, "node " + id + " answers again after the PostgreSQL restart");
        }
        long recovered = (System.nanoTime() - back) / 1_000_000;
        awaitServedBy(Set.copyOf(NODES));
        String plate = plate();
        createVehicle("a", plate);
        assertThat(awaitHit("c", plateCheck(plate), false)).isLessThan(60_000);
        System.out.printf("cluster: PostgreSQL crashed and restarted under load: %d requests, %d answered 200,"
                + " statuses %s; every node answers again %d ms after the restart%n", traffic.sent.size(),
                traffic.sent.stream().filter(ClusterTraffic.Sent::ok).count(), statuses(traffic), recovered);
        assertNothingLost(traffic, "PostgreSQL restart");
    }

    /**
     * Node c cut off from Kafka by the cutting proxy for {@code cluster.cut-seconds}: within its stale-after its
     * health is DOWN (the balancer stops sending it checks) and every API answer it gives carries
     * {@code Tangier-Index-Stale}; a vehicle created on a meanwhile is a HIT through the balancer; once the line is
     * back c turns UP, learns the vehicle and gets checks again.
     */
    @Test
    @Order(7)
    void aNodeCutOffFromKafkaSaysItIsStaleAndRecovers() throws Exception {
        String before = plate();
        createVehicle("a", before);
        awaitHit("c", plateCheck(before), false); // c reads through the proxy
        long cutAt = System.nanoTime();
        long healAt = cutAt + (long) (cutSeconds * 1e9);
        broker.line().cut();
        String plate = plate();
        long downAfter;
        try {
            createVehicle("a", plate);
            awaitBounded(() -> health("c") == 503, (long) (cutSeconds * 1000), "c's health DOWN during the cut");
            downAfter = (System.nanoTime() - cutAt) / 1_000_000;
            Api.Answer fromC = api("c").postJson("/api/v1/screening/checks", token("fr.border"), plateCheck(plate));
            assertThat(fromC.staleSince()).as("c marks its answer stale: " + fromC.body()).isNotNull();
            Thread.sleep(2000); // the balancer checks every 500 ms and takes 2 failures
            List<Api.Answer> viaLb = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                viaLb.add(lb.postJson("/api/v1/screening/checks", token("fr.border"), plateCheck(plate)));
            }
            assertThat(viaLb).as("during the cut the balancer answers from a and b, which know the vehicle")
                    .allSatisfy(a -> {
                        assertThat(a.status()).isEqualTo(200);
                        assertThat(a.servedBy()).isIn("a", "b");
                        assertThat(a.field("outcome")).isEqualTo("HIT");
                    });
            long rest = (healAt - System.nanoTime()) / 1_000_000;
            if (rest > 0) {
                Thread.sleep(rest);
            }
            assertThat(health("c")).as("still DOWN at the end of the cut").isEqualTo(503);
        } finally {
            broker.line().heal();
        }
        long healed = System.nanoTime();
        awaitBounded(() -> health("c") == 200, RECOVERY_MILLIS, "c's health UP after the cut");
        long upAfter = (System.nanoTime() - healed) / 1_000_000;
        long hit = awaitHit("c", plateCheck(plate), false);
        assertThat(api("c").postJson("/api/v1/screening/checks", token("fr.border"), plateCheck(plate)).staleSince())
                .as("no stale mark once c reads again").isNull();
        awaitServedBy(Set.of("c"));
        System.out.printf("cluster: c cut off from Kafka for %.0f s (stale-after %s): DOWN after %d ms; UP %d ms after"
                + " the line was back, HIT for the vehicle created meanwhile after %d ms more%n", cutSeconds, staleAfter,
                downAfter, upAfter, hit);
    }

    /** Every hit answered exists with its audit entry and reached the webhook; every imported line is screened. */
    /** The balancer's unusual log lines (aborts with their termination state, health changes), for a failure. */
    private String balancerLog() {
        List<String> lines = balancer.unusualLog().stream().filter(l -> !l.contains("<NOSRV>")).toList();
        return "the balancer's log apart from normal requests and its own 503s (last 80 lines):%n%s".formatted(
                String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())));
    }

    private void assertNothingLost(ClusterTraffic traffic, String what) throws Exception {
        List<String> imported = traffic.importedPlates();
        List<String> missing = new ArrayList<>(); // the first few, to say where it went wrong
        int lostLines = 0;
        for (String plate : imported) {
            Api.Answer a = lb.postJson("/api/v1/screening/checks", token("fr.border"), plateCheck(plate));
            if (a.status() != 200 || !"HIT".equals(a.field("outcome"))) {
                lostLines++;
                note(missing, "line " + plate, a);
            }
        }
        int lostHits = 0;
        int lostEntries = 0;
        for (String hit : traffic.hits) {
            Api.Answer read = lb.get("/api/v1/hits/" + hit, token("fr.border"));
            if (read.status() != 200) {
                lostHits++;
                note(missing, "hit " + hit, read);
            }
            if (!lb.get("/api/v1/audit/entries?action=hit.raise&objectId=" + hit, token("fr.auditor")).body()
                    .contains(hit)) {
                lostEntries++;
            }
        }
        long deliveredBy = System.nanoTime();
        awaitBounded(() -> receiver.hits.containsAll(traffic.hits), RECOVERY_MILLIS, "every hit's webhook delivered");
        long lostDeliveries = traffic.hits.stream().filter(h -> !receiver.hits.contains(h)).count();
        Api.Answer verify = lb.get("/api/v1/audit/verify", token("fr.auditor"));
        System.out.printf("cluster: %s: %d HIT answers, %d hits lost, %d hit.raise entries lost, %d webhook deliveries"
                + " lost (all in within %d ms); %d imports answered (%d lines), %d lines lost; verify %s%n", what,
                traffic.hits.size(), lostHits, lostEntries, lostDeliveries, (System.nanoTime() - deliveredBy) / 1_000_000,
                traffic.count("import", ClusterTraffic.Sent::ok), imported.size(), lostLines, verify.body());
        missing.forEach(m -> System.out.println("cluster: " + what + ": not found: " + m));
        System.out.printf("cluster: %s: %d of %d checks sent again after the balancer closed their connection without"
                + " an answer%n", what, traffic.resent.size(), traffic.sent.size());
        // at most the checks in flight on a node that died, and a rare closed keep-alive connection; a node that
        // drops connections goes beyond it
        assertThat(traffic.resent).as("checks the balancer closed without an answer; %s", balancerLog())
                .hasSizeLessThanOrEqualTo(CHECK_THREADS + traffic.sent.size() / 100);
        assertThat(traffic.hits).isNotEmpty();
        assertThat(imported).as("import lines answered").isNotEmpty();
        assertThat(lostHits).isZero();
        assertThat(lostEntries).isZero();
        assertThat(lostDeliveries).isZero();
        assertThat(lostLines).as("import lines not screened on every node").isZero();
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body()).contains("\"intact\":true");
    }

    private static void note(List<String> missing, String what, Api.Answer a) {
        if (missing.size() < 5) {
            String body = a.body().length() > 300 ? a.body().substring(0, 300) : a.body();
            missing.add(what + " -> " + a.status() + " from node " + a.servedBy() + ": " + body);
        }
    }

    private ClusterTraffic traffic(boolean imports) {
        // a young token for each user before the load starts: a login is not what is under test
        token("fr.border", TOKEN_AGE_NANOS / 3);
        token("ma.bureau", TOKEN_AGE_NANOS / 3);
        token("fr.auditor", TOKEN_AGE_NANOS / 3);
        return new ClusterTraffic(lb, () -> token("fr.border"), imports ? () -> token("ma.bureau") : null, this::plate,
                CHECK_THREADS, seconds + 600);
    }

    private static Map<Integer, Long> statuses(ClusterTraffic traffic) {
        Map<Integer, Long> by = new java.util.TreeMap<>();
        traffic.sent.forEach(s -> by.merge(s.answer().status(), 1L, Long::sum));
        return by;
    }

    private int health(String node) {
        return api(node).get("/actuator/health", token("fr.border")).status();
    }

    private void createVehicle(String node, String plate) {
        Api.Answer created = api(node).postJson("/api/v1/records/vehicles", token("ma.bureau"), """
                {"restriction":"all","details":{"plate":"%s","registrationCountry":"MA","status":"stolen"}}"""
                .formatted(plate));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
    }

    /** Until the balancer has sent requests to each of {@code wanted} (health checks passed), bounded. */
    private void awaitServedBy(Set<String> wanted) throws InterruptedException {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        awaitBounded(() -> {
            seen.add(String.valueOf(lb.get("/actuator/health", token("fr.border")).servedBy()));
            return seen.containsAll(wanted);
        }, RECOVERY_MILLIS, "the balancer sends requests to " + wanted + " (seen " + seen + ")");
    }

    private static void awaitBounded(java.util.function.BooleanSupplier done, long millis, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + millis + " ms: " + what);
            }
            Thread.sleep(100);
        }
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

    /**
     * One token per user for the whole cluster (a one-time code is accepted once): it must work on every node.
     * Taken again after {@code TOKEN_AGE}: the test outlives a token's lifetime on a slow machine.
     */
    private synchronized String token(String user) {
        return token(user, TOKEN_AGE_NANOS);
    }

    private synchronized String token(String user, long maxAgeNanos) {
        Token t = tokens.get(user);
        if (t == null || System.nanoTime() - t.at() > maxAgeNanos) {
            t = new Token(Login.token(lb != null ? lb : api("a"), user), System.nanoTime());
            tokens.put(user, t);
        }
        return t.value();
    }

    private record Token(String value, long at) {
    }

    private static final long TOKEN_AGE_NANOS = 5L * 60 * 1_000_000_000L;

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
