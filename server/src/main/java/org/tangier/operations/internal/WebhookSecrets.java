package org.tangier.operations.internal;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tangier.platform.SealingKey;

/**
 * Webhook signing secrets at rest, sealed under {@code tangier.webhooks.secret-key} or, when that is not set,
 * {@code <data-dir>/webhook-secret.key}, with the webhook's id bound in ({@link SealingKey}).
 */
@Component
class WebhookSecrets {

    private final SealingKey key;

    WebhookSecrets(@Value("${tangier.webhooks.secret-key:}") String configured,
            @Value("${tangier.data-dir:./data}") String dataDir) {
        this.key = SealingKey.of(configured, "tangier.webhooks.secret-key", Path.of(dataDir, "webhook-secret.key"));
    }

    String seal(UUID webhook, String secret) {
        return key.seal(webhook, secret);
    }

    String open(UUID webhook, String stored) {
        try {
            return key.open(webhook, stored);
        } catch (SealingKey.BrokenSeal e) {
            throw new IllegalStateException("the secret of webhook " + webhook + " does not decrypt with the configured"
                    + " key (tangier.webhooks.secret-key or webhook-secret.key changed?)");
        }
    }

    static boolean isSealed(String stored) {
        return SealingKey.isSealed(stored);
    }
}
