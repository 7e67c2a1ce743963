package org.tangier.operations.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param backoff wait before the first retry; doubles after each failure up to {@code maxBackoff}
 * @param maxBackoff longest wait between two attempts
 * @param maxAttempts attempts before a delivery is marked failed (it can be retried from the delivery log)
 * @param timeout connect and response timeout of one attempt
 * @param allowedHosts receivers that may be on a private, loopback or link-local address: host names, addresses
 *        or CIDR ranges ({@code hooks.bureau.internal}, {@code 10.20.0.0/16}); public addresses are always allowed
 * @param allowPrivate allow every private, loopback and link-local address (a closed test network only)
 */
@ConfigurationProperties("tangier.webhooks")
record WebhookSettings(Duration backoff, Duration maxBackoff, Integer maxAttempts, Duration timeout,
        List<String> allowedHosts, Boolean allowPrivate) {

    WebhookSettings {
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        maxAttempts = maxAttempts == null ? 20 : maxAttempts;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        allowPrivate = allowPrivate != null && allowPrivate;
    }
}
