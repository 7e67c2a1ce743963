package org.tangier.bench.screening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unknown-user logins at a steady rate against the token endpoint, as an attacker guessing accounts sends them: one
 * every 1/rate seconds whether or not the last was answered. Counts the answers by status (401 when a guess is
 * checked, 429 once the rate limit refuses the source).
 */
final class LoginFlood implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4)).version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final Thread sender;
    private volatile boolean running = true;

    LoginFlood(String base, int perSecond) {
        URI token = URI.create(base + "/api/v1/auth/token");
        long interval = 1_000_000_000L / perSecond;
        sender = Thread.ofPlatform().name("login-flood").start(() -> {
            long next = System.nanoTime();
            while (running) {
                int n = sent.getAndIncrement();
                String body = "{\"username\":\"nobody-" + n + "\",\"password\":\"guess-" + n + "-wrong\",\"code\":\"000000\"}";
                http.sendAsync(HttpRequest.newBuilder(token).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding())
                        .whenComplete((r, e) -> answers.computeIfAbsent(r == null ? -1 : r.statusCode(),
                                s -> new AtomicInteger()).incrementAndGet());
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(Duration.ofNanos(wait));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
    }

    /** Sent so far, and the answers by status (-1: no answer). */
    String summary() {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach((status, count) -> byStatus.put(status, count.get()));
        return sent.get() + " logins sent, answers by status " + byStatus;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sender.join(5_000);
    }
}
