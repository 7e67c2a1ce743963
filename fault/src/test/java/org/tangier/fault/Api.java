package org.tangier.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP to the server under test: one answer = status, body and how long it took; a timeout is status 0. */
final class Api {

    /** An answer later than this is a stall: a checkpoint officer does not wait longer. */
    static final Duration STALL = Duration.ofSeconds(10);
    static final String DEMO_PASSWORD = "tangier-demo-2026";

    /** The header a cluster node adds to its answers while its cluster feed is stale (docs/cluster.md). */
    static final String STALE = "Tangier-Index-Stale";

    /**
     * {@code servedBy}: the node that answered, when a load balancer in front says so ({@link HaProxy});
     * {@code staleSince}: the node's last contact with Kafka, when it marked its answer stale.
     */
    record Answer(int status, String body, long millis, String retryAfter, String servedBy, String staleSince) {
        /** No answer at all: the connection was closed or reset before a status line (status -1). */
        boolean unanswered() {
            return status == -1;
        }

        boolean stalled() {
            return status == 0 || millis > STALL.toMillis();
        }

        String field(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    private final String base;
    private final HttpClient http;

    Api(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool()).build();
    }

    Answer post(String path, String token, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(STALL.plusSeconds(5))
                .header("Content-Type", contentType).POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Answer postJson(String path, String token, String json) {
        return post(path, token, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(STALL.plusSeconds(5))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000,
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue(HaProxy.SERVED_BY).orElse(null),
                    response.headers().firstValue(STALE).orElse(null));
        } catch (HttpTimeoutException e) {
            return new Answer(0, "timeout", (System.nanoTime() - start) / 1_000_000, null, null, null);
        } catch (IOException e) {
            // the server closed the connection (a refused oversized body may do that): no answer, no stall
            return new Answer(-1, String.valueOf(e.getMessage()), (System.nanoTime() - start) / 1_000_000, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted", 0, null, null, null);
        }
    }
}
