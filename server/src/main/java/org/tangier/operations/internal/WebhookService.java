package org.tangier.operations.internal;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.MessageSent;
import org.tangier.operations.OperationHitFlagged;
import org.tangier.operations.Webhooks;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.ObjectMapper;

/**
 * Webhooks per agency. Events become delivery rows in the transaction that causes them; a poller POSTs due rows as
 * JSON with {@code X-Tangier-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body">}, and retries failures with
 * exponential backoff. A receiver may get an event twice (after a timeout that hid a success): it deduplicates on
 * {@code X-Tangier-Delivery}.
 */
@Service
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookService implements Webhooks {

    static final Set<String> FAMILIES = Set.of("hit", "message", "operation");
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);
    static final String REFUSED_ADDRESS = "refused: the receiver's address is not one webhooks may reach"
            + " (tangier.webhooks.allowed-hosts)";
    static final String NO_ANSWER = "no answer from the receiver";
    /** Rounds of a full batch one poll may run before it yields, so a backlog drains without starving the scheduler. */
    private static final int MAX_ROUNDS = 20;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final WebhookSettings settings;
    private final Clock clock;
    private final WebhookTargets targets;
    private final WebhookSecrets secrets;
    private final CloseableHttpClient http;
    private final SecureRandom random = new SecureRandom();

    WebhookService(JdbcClient jdbc, ObjectMapper json, AuditLog audit, WebhookSettings settings, Clock clock,
            WebhookSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.json = json;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.targets = new WebhookTargets(settings);
        Timeout timeout = Timeout.of(settings.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(targets)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("Tangier-Webhooks/1").build();
    }

    /** Secrets stored before they were encrypted are sealed at start; the next start finds none left. */
    @EventListener(ApplicationReadyEvent.class)
    void sealPlainSecrets() {
        jdbc.sql("select id, secret from webhook").query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list().stream().filter(row -> !WebhookSecrets.isSealed(row.getValue()))
                .forEach(row -> jdbc.sql("update webhook set secret = :sealed where id = :id and secret = :plain")
                        .param("sealed", secrets.seal(row.getKey(), row.getValue())).param("id", row.getKey())
                        .param("plain", row.getValue()).update());
    }

    @PreDestroy
    void close() throws java.io.IOException {
        http.close();
    }

    record Webhook(UUID id, String agency, String url, Set<String> events, boolean active, Instant createdAt, String createdBy) {
    }

    record Created(Webhook webhook, String secret) {
    }

    record Delivery(UUID id, UUID webhookId, String eventType, String status, int attempts, Instant nextAttemptAt,
            Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {
    }

    // --- administration (agency admins, own agency) --------------------------------------------------------------

    @Transactional
    public Created create(Caller caller, String url, Set<String> events) {
        requireAdmin(caller);
        URI uri = url(url);
        requireAllowedHost(uri);
        Set<String> families = families(events);
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        Webhook webhook = new Webhook(UUID.randomUUID(), caller.agencyCode(), uri.toString(), families, true, now(), caller.name());
        jdbc.sql("""
                insert into webhook (id, agency, url, secret, events, active, created_at, created_by)
                values (:id, :agency, :url, :secret, :events, true, :at, :by)""")
                .param("id", webhook.id()).param("agency", webhook.agency()).param("url", webhook.url())
                .param("secret", secrets.seal(webhook.id(), secret)).param("events", String.join(",", families))
                .param("at", Timestamp.from(webhook.createdAt())).param("by", caller.name()).update();
        audit.record(AuditEvent.success("webhook.create", "webhook", webhook.id().toString()).withDetail(webhook.url()));
        return new Created(webhook, secret);
    }

    @Transactional
    public List<Webhook> list(Caller caller) {
        requireAdmin(caller);
        return jdbc.sql("select * from webhook where agency = :agency order by created_at").param("agency", caller.agencyCode())
                .query((rs, n) -> new Webhook(rs.getObject("id", UUID.class), rs.getString("agency"), rs.getString("url"),
                        new TreeSet<>(Arrays.asList(rs.getString("events").split(","))), rs.getBoolean("active"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
                .list();
    }

    @Transactional
    public void deactivate(Caller caller, UUID id) {
        requireAdmin(caller);
        if (jdbc.sql("update webhook set active = false where id = :id and agency = :agency").param("id", id)
                .param("agency", caller.agencyCode()).update() == 0) {
            throw ProblemException.of(404, "operations.not-found.webhook", id);
        }
        audit.record(AuditEvent.success("webhook.deactivate", "webhook", id.toString()));
    }

    /** The delivery log of the caller's agency's webhooks, newest first. */
    @Transactional
    public List<Delivery> deliveries(Caller caller, int limit) {
        requireAdmin(caller);
        return jdbc.sql("""
                select d.* from webhook_delivery d join webhook w on w.id = d.webhook_id where w.agency = :agency
                order by d.created_at desc limit :limit""").param("agency", caller.agencyCode())
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("webhook_id", UUID.class),
                        rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                        (Integer) rs.getObject("last_status"), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("delivered_at"))))
                .list();
    }

    /** Queues a failed delivery again. */
    @Transactional
    public void retry(Caller caller, UUID deliveryId) {
        requireAdmin(caller);
        int updated = jdbc.sql("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and status = 'FAILED' and webhook_id in (select id from webhook where agency = :agency)""")
                .param("now", Timestamp.from(now())).param("id", deliveryId).param("agency", caller.agencyCode()).update();
        if (updated == 0) {
            throw ProblemException.of(404, "operations.not-found.failed-delivery", deliveryId);
        }
        audit.record(AuditEvent.success("webhook.retry", "webhook-delivery", deliveryId.toString()));
    }

    // --- events ---------------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public void publish(Set<String> agencies, String event, Map<String, Object> data) {
        enqueue(agencies, event, data, null);
    }

    /**
     * Queues a delivery of {@code event} to each subscribed hook of the agencies. With an {@code occurrence} (what
     * happened, e.g. the message id) the delivery id is derived from hook, event and occurrence and a delivery already
     * queued is not queued again: a listener handed the same event twice (resubmitted after a failure) queues once.
     */
    void enqueue(Set<String> agencies, String event, Map<String, Object> data, String occurrence) {
        String family = event.contains(".") ? event.substring(0, event.indexOf('.')) : event;
        if (agencies.isEmpty()) {
            return;
        }
        List<UUID> hooks = jdbc.sql("select id, events from webhook where active = true and agency in (:agencies)")
                .param("agencies", agencies)
                .query((rs, n) -> Arrays.asList(rs.getString(2).split(",")).contains(family) ? rs.getObject(1, UUID.class) : null)
                .list().stream().filter(id -> id != null).toList();
        Instant now = now();
        for (UUID hook : hooks) {
            UUID deliveryId = occurrence == null ? UUID.randomUUID()
                    : UUID.nameUUIDFromBytes((hook + "|" + event + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
            if (occurrence != null && jdbc.sql("select count(*) from webhook_delivery where id = :id")
                    .param("id", deliveryId).query(Long.class).single() > 0) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", deliveryId.toString());
            body.put("event", event);
            body.put("occurredAt", now.toString());
            body.put("data", data);
            jdbc.sql("""
                    insert into webhook_delivery (id, webhook_id, event_type, payload, status, attempts, next_attempt_at, created_at)
                    values (:id, :hook, :event, :payload, 'PENDING', 0, :now, :now)""")
                    .param("id", deliveryId).param("hook", hook).param("event", event)
                    .param("payload", json.writeValueAsString(body)).param("now", Timestamp.from(now)).update();
        }
    }

    @ApplicationModuleListener
    void on(MessageSent sent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messageId", sent.id().toString());
        data.put("threadId", sent.threadId().toString());
        data.put("sender", sent.sender());
        data.put("priority", sent.priority().id());
        data.put("handlingCode", sent.handlingCode().name());
        data.put("sentAt", sent.sentAt().toString());
        enqueue(sent.recipients(), "message.received", data, "message:" + sent.id());
    }

    @ApplicationModuleListener
    void on(OperationHitFlagged flagged) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("operationId", flagged.operationId().toString());
        data.put("hitId", flagged.hitId().toString());
        data.put("at", flagged.at().toString());
        enqueue(flagged.participants(), "operation.hit-flagged", data,
                "operation:" + flagged.operationId() + ":hit:" + flagged.hitId());
    }

    // --- delivery -------------------------------------------------------------------------------------------------

    /** POSTs the due deliveries; several nodes may poll: a row is claimed by moving its next attempt first. */
    @Scheduled(fixedDelayString = "${tangier.webhooks.poll-interval:1s}", initialDelayString = "${tangier.webhooks.poll-interval:1s}")
    void deliverDue() {
        // keep going while batches come back full: under a burst of hits one batch a second would fall behind
        for (int round = 0; round < MAX_ROUNDS && deliverBatch() == BATCH; round++) {
            // next batch
        }
    }

    private int deliverBatch() {
        Instant now = now();
        List<Due> due = jdbc.sql("""
                select d.id, d.event_type, d.payload, d.attempts, w.url, w.secret, w.id from webhook_delivery d
                join webhook w on w.id = d.webhook_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now and w.active = true
                order by d.next_attempt_at limit :limit""").param("now", Timestamp.from(now)).param("limit", BATCH)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), secrets.open(rs.getObject(7, UUID.class), rs.getString(6))))
                .list();
        for (Due d : due) {
            Instant lease = now.plus(settings.timeout()).plusSeconds(5);
            boolean claimed = jdbc.sql("update webhook_delivery set next_attempt_at = :lease where id = :id and status = 'PENDING'"
                            + " and attempts = :attempts and next_attempt_at <= :now")
                    .param("lease", Timestamp.from(lease)).param("id", d.id()).param("attempts", d.attempts())
                    .param("now", Timestamp.from(now)).update() == 1;
            if (claimed) {
                attempt(d);
            }
        }
        return due.size();
    }

    private record Due(UUID id, String eventType, String payload, int attempts, String url, String secret) {
    }

    private void attempt(Due d) {
        Integer status = null;
        String error = null;
        try {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            HttpPost request = new HttpPost(URI.create(d.url()));
            request.setHeader("X-Tangier-Event", d.eventType());
            request.setHeader("X-Tangier-Delivery", d.id().toString());
            request.setHeader("X-Tangier-Timestamp", timestamp);
            request.setHeader("X-Tangier-Signature", "sha256=" + signature(d.secret(), timestamp, d.payload()));
            request.setEntity(new StringEntity(d.payload(), ContentType.APPLICATION_JSON));
            status = http.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            if (status >= 200 && status < 300) {
                jdbc.sql("update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status = :s,"
                                + " last_error = null, delivered_at = :now, next_attempt_at = null where id = :id")
                        .param("s", status).param("now", Timestamp.from(now())).param("id", d.id()).update();
                return;
            }
            error = "HTTP " + status;
        } catch (WebhookTargets.RefusedAddressException e) {
            error = REFUSED_ADDRESS;
        } catch (java.io.IOException | RuntimeException e) {
            // the same words for a refused connection, a timeout, a reset or a TLS failure: the delivery log must not
            // tell an admin which ports of which hosts are open (the details go to the server's log)
            log.info("Webhook delivery {} failed: {}", d.id(), e.toString());
            error = NO_ANSWER;
        }
        int attempts = d.attempts() + 1;
        boolean giveUp = attempts >= settings.maxAttempts();
        long factor = 1L << Math.min(attempts - 1, 30);
        Duration wait = settings.backoff().multipliedBy(factor);
        if (wait.compareTo(settings.maxBackoff()) > 0) {
            wait = settings.maxBackoff();
        }
        jdbc.sql("update webhook_delivery set status = :st, attempts = :a, last_status = :s, last_error = :e,"
                        + " next_attempt_at = :next where id = :id")
                .param("st", giveUp ? "FAILED" : "PENDING").param("a", attempts).param("s", status)
                .param("e", error.length() > 400 ? error.substring(0, 400) : error)
                .param("next", giveUp ? null : Timestamp.from(now().plus(wait))).param("id", d.id()).update();
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body} with the webhook's secret: what a receiver recomputes. */
    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI url(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("url", "operations.not-url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.toString().length() > 1000) {
            throw ProblemException.invalid("url", "operations.http-https-url-host-no");
        }
        return uri;
    }

    /**
     * Refuses a URL whose host is, or now resolves to, an address webhooks may not reach; a name that does not resolve
     * yet is accepted and checked again at every delivery.
     */
    private void requireAllowedHost(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return;
        }
        for (InetAddress address : addresses) {
            if (!targets.allows(uri.getHost(), address)) {
                throw ProblemException.invalid("url", "operations.host-loopback-private-link-local");
            }
        }
    }

    private static Set<String> families(Set<String> events) {
        Set<String> families = events == null || events.isEmpty() ? new TreeSet<>(FAMILIES)
                : events.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
        for (String family : families) {
            if (!FAMILIES.contains(family)) {
                throw ProblemException.invalid("events", "operations.not-event-family-hit-message", family);
            }
        }
        return families;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(org.tangier.platform.Role.AGENCY_ADMIN)) {
            throw ProblemException.of(403, "operations.webhooks-managed-agency-s-administrators");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
