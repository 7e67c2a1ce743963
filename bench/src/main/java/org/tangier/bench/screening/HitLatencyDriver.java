package org.tangier.bench.screening;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from a screening HIT's answer to its appearance on the coordination board (server-sent event) and to its
 * webhook delivery, under an open-loop load of checks. Runs against a demo-mode server on 127.0.0.1 only, with a
 * bounded number of checks; the webhook receiver is a local HTTP server on 127.0.0.1. Start the server with
 * TANGIER_HITS_REPEAT_WINDOW=PT0S: by default the repeated checks of one subject are sightings of a single hit.
 *
 * <pre>
 * java -cp bench/target/tangier-bench.jar org.tangier.bench.screening.HitLatencyDriver http://127.0.0.1:8080 100 20
 * </pre>
 * Uses the demo logins (fr.border checks the passport of a demo RED subject of MA; ops.duty watches the board; ma.admin
 * registers the webhook).
 */
public final class HitLatencyDriver {

    private static final String PASSWORD = "tangier-demo-2026";
    private static final Pattern HIT_ID = Pattern.compile("\"hitId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private HitLatencyDriver() {
    }

    public static void main(String[] args) throws Exception {
        String base = org.tangier.bench.LoadDriverHttp.local(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 20, 120);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16)).connectTimeout(Duration.ofSeconds(5)).build();

        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Long> onBoard = new ConcurrentHashMap<>();
        Map<String, Long> byWebhook = new ConcurrentHashMap<>();

        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long now = System.nanoTime();
            Matcher m = HIT_ID.matcher(body);
            if (m.find()) {
                byWebhook.putIfAbsent(m.group(1), now);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        String admin = token(http, base, "ma.admin");
        ScreeningLoadDriver.post(base + "/api/v1/webhooks", admin, "application/json",
                "{\"url\":\"" + hook + "\",\"events\":[\"hit\"]}");
        String border = token(http, base, "fr.border");
        Thread board = boardListener(base, onBoard);
        Thread.sleep(1500);

        String check = "{\"document\":{\"number\":\"AB1938475\",\"issuingCountry\":\"MA\"},\"purpose\":\"latency benchmark\"}";
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            clock.schedule(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/screening/checks"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + border)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(check)).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                    Matcher m = HIT_ID.matcher(response.body());
                    if (m.find()) {
                        answered.put(m.group(1), System.nanoTime());
                    }
                });
            }, i * periodNanos, TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 10L, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (onBoard.size() < answered.size() || byWebhook.size() < answered.size())) {
            Thread.sleep(250);
        }
        board.interrupt();
        receiver.stop(0);

        System.out.printf("checks sent %d at %d/s; HIT answers %d; on board %d; by webhook %d%n", total, rate,
                answered.size(), onBoard.size(), byWebhook.size());
        report("answer -> board (SSE)", answered, onBoard);
        report("answer -> webhook delivered", answered, byWebhook);
        System.exit(0);
    }

    private static void report(String what, Map<String, Long> from, Map<String, Long> to) {
        List<Long> millis = new ArrayList<>();
        from.forEach((hit, start) -> {
            Long end = to.get(hit);
            if (end != null) {
                millis.add(Math.max(0, (end - start) / 1_000_000));
            }
        });
        if (millis.isEmpty()) {
            System.out.printf("%-30s no samples%n", what);
            return;
        }
        Collections.sort(millis);
        System.out.printf("%-30s n=%d median %d ms, p99 %d ms, max %d ms%n", what, millis.size(),
                millis.get(millis.size() / 2), millis.get(Math.min(millis.size() - 1, (int) (millis.size() * 0.99))),
                millis.get(millis.size() - 1));
    }

    private static String token(HttpClient http, String base, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD
                        + "\",\"code\":\"" + OneTimeCodes.code(OneTimeCodes.DEMO_SECRET, OneTimeCodes.currentStep()) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** Logs in as the coordination centre's duty officer through the login form and reads the board's event stream. */
    private static Thread boardListener(String base, Map<String, Long> onBoard) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=ops.duty&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        // the second step: the one-time code of the demo authenticator, on the code page's own CSRF token
        String codePage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login/code")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher codeCsrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(codePage);
        if (!codeCsrf.find()) {
            throw new IllegalStateException("no CSRF token on the one-time code page");
        }
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login/code"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + OneTimeCodes.code(OneTimeCodes.DEMO_SECRET,
                        OneTimeCodes.currentStep()) + "&_csrf=" + URLEncoder.encode(codeCsrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<java.io.InputStream> stream = browser.send(HttpRequest.newBuilder(URI.create(base + "/board/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        if (stream.statusCode() != 200) {
            throw new IllegalStateException("board stream answered " + stream.statusCode());
        }
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("id:")) {
                        onBoard.putIfAbsent(line.substring(3).trim(), System.nanoTime());
                    }
                }
            } catch (Exception e) {
                // the stream ends when the run ends
            }
        });
        return reader;
    }
}
