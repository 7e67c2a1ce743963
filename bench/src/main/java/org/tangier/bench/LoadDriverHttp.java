package org.tangier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the HTTP load drivers (screening, link analysis, crypto) share, so that their figures are taken alike: the
 * client, the rule that a driver only talks to 127.0.0.1, a refused request stopping the run, the one JSON field a
 * driver reads from an answer, and the percentile of a latency sample.
 */
public final class LoadDriverHttp {

    private LoadDriverHttp() {
    }

    /** An HTTP/1.1 client, 5 s to connect, on the JDK's default executor (one request at a time: latency). */
    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The same client on {@code threads} threads of its own, for open loops with many requests in flight. */
    public static HttpClient client(int threads) {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(threads)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The base URL without a trailing slash; refuses any host but 127.0.0.1, so a driver never loads a real server. */
    public static String local(String base) {
        if (!"127.0.0.1".equals(URI.create(base).getHost())) {
            throw new IllegalArgumentException("the load driver only talks to 127.0.0.1");
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Sends the request; an answer of 300 or above stops the run with its status and body. */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /** The value of a string field of a JSON answer (a token, an id, a status); fails when the answer has none. */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** The {@code p} quantile (nearest rank) of latencies in nanoseconds, sorted ascending, in milliseconds. */
    public static double millisAt(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
