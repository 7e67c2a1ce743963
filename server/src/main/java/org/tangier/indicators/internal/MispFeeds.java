package org.tangier.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pulls a configured MISP feed: its {@code manifest.json} (event uuid → summary) and each event's
 * {@code <uuid>.json}, imported into the caller's agency as any MISP event is (upsert on the attribute uuid, so a
 * second pull updates; warning lists applied). An event that cannot be fetched or read is reported and the others
 * land. Redirects are not followed and bodies are capped, so a feed cannot lead the server elsewhere.
 */
@Service
@EnableConfigurationProperties(FeedSettings.class)
class MispFeeds {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final int MAX_EVENTS = 10_000;

    private final FeedSettings settings;
    private final IndicatorExchange exchange;
    private final AuditLog audit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    MispFeeds(FeedSettings settings, IndicatorExchange exchange, AuditLog audit) {
        this.settings = settings;
        this.exchange = exchange;
        this.audit = audit;
    }

    record FailedEvent(String event, String error) {
    }

    record EventResult(String event, int imported, int updated, List<IndicatorExchange.Rejected> rejected,
            List<IndicatorExchange.Warned> warned) {
    }

    record PullAnswer(String feed, int events, int imported, int updated, int rejected, int warned,
            List<EventResult> results, List<FailedEvent> failed) {
    }

    List<String> names() {
        return settings.feeds().stream().map(FeedSettings.Feed::name).toList();
    }

    PullAnswer pull(Caller caller, String name, String restriction) {
        FeedSettings.Feed feed = settings.feeds().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.of(404, "indicators.not-found.feed", name));
        String base = feed.url().toString().endsWith("/") ? feed.url().toString() : feed.url() + "/";
        JsonNode manifest;
        try {
            manifest = JSON.readTree(fetch(URI.create(base + "manifest.json")));
        } catch (IOException | JacksonException e) {
            throw ProblemException.of(400, "indicators.feed-s-manifest-json-could", e.getMessage());
        }
        if (!manifest.isObject()) {
            throw ProblemException.of(400, "indicators.feed-s-manifest-json-not");
        }
        List<EventResult> results = new ArrayList<>();
        List<FailedEvent> failed = new ArrayList<>();
        int imported = 0;
        int updated = 0;
        int rejected = 0;
        int warned = 0;
        int count = 0;
        for (Iterator<String> uuids = manifest.propertyNames().iterator(); uuids.hasNext() && count < MAX_EVENTS; count++) {
            String uuid = uuids.next();
            if (!uuid.matches("[0-9a-fA-F-]{36}")) {
                failed.add(new FailedEvent(uuid, "not an event uuid"));
                continue;
            }
            try {
                IndicatorExchange.ImportAnswer a = exchange.importBody(caller, "misp", fetch(URI.create(base + uuid + ".json")), restriction);
                results.add(new EventResult(uuid, a.imported(), a.updated(), a.rejected(), a.warned()));
                imported += a.imported();
                updated += a.updated();
                rejected += a.rejected().size();
                warned += a.warned().size();
            } catch (IOException e) {
                failed.add(new FailedEvent(uuid, e.getMessage()));
            } catch (ProblemException e) {
                if (e.status() == 403) {
                    throw e;
                }
                failed.add(new FailedEvent(uuid, e.getMessage()));
            }
        }
        audit.record(AuditEvent.success("indicators.feed.pull", "misp-feed", name)
                .withDetail(results.size() + " events, " + imported + " imported, " + updated + " updated, " + rejected
                        + " rejected, " + warned + " on warning lists, " + failed.size() + " failed"));
        return new PullAnswer(name, results.size(), imported, updated, rejected, warned, results, failed);
    }

    private String fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(uri.getPath() + " answered HTTP " + response.statusCode());
            }
            byte[] body = in.readNBytes((int) MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new IOException(uri.getPath() + " is larger than 50 MB");
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
