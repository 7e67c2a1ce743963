package org.tangier.biometrics.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.tangier.biometrics.Candidate;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.Template;

/**
 * A shard of the gallery held by another node, searched through its internal endpoint
 * ({@code POST /internal/v1/fingerprints/identify}, {@link ShardApiController}) with the cluster's shared key.
 */
final class ShardPeer implements ShardSearch {

    static final String PATH = "/internal/v1/fingerprints/identify";
    static final String KEY_HEADER = "X-Tangier-Shard-Key";

    /** A peer shard that did not answer: the search cannot say "no candidate" for persons it did not search. */
    static final class Unavailable extends RuntimeException {
        final URI peer;

        Unavailable(URI peer, String why, Throwable cause) {
            super("fingerprint shard at " + peer + " did not answer: " + why, cause);
            this.peer = peer;
        }
    }

    private final URI base;
    private final URI endpoint;
    private final String key;
    private final Duration timeout;
    private final HttpClient http;

    ShardPeer(URI base, String key, Duration timeout, HttpClient http) {
        this.base = base;
        this.endpoint = base.resolve(PATH);
        this.key = key;
        this.timeout = timeout;
        this.http = http;
    }

    URI base() {
        return base;
    }

    @Override
    public List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", ShardWire.MEDIA_TYPE).header(KEY_HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ShardWire.search(probe, threshold, limit))).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unavailable(base, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(base, "interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new Unavailable(base, "HTTP " + response.statusCode(), null);
        }
        try {
            return ShardWire.readAnswer(response.body()).candidates();
        } catch (IllegalArgumentException e) {
            throw new Unavailable(base, e.getMessage(), e);
        }
    }
}
