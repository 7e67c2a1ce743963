package org.tangier.operations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param backoff wait before the first retry; doubles after each failure up to {@code maxBackoff}
 * @param maxBackoff longest wait between two attempts
 * @param maxAttempts attempts before a delivery is marked failed (it can be retried from the delivery log)
 * @param timeout connect and response timeout of one attempt
 */
@ConfigurationProperties("tangier.webhooks")
record WebhookSettings(Duration backoff, Duration maxBackoff, Integer maxAttempts, Duration timeout) {

    WebhookSettings {
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        maxAttempts = maxAttempts == null ? 20 : maxAttempts;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
