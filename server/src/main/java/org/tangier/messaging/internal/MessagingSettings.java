package org.tangier.messaging.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Messaging settings (docs/messaging.md, "Configuration").
 *
 * @param keys encryption keys: key id → base64 of 32 random bytes (AES-256)
 * @param activeKey the key id new ciphertexts are written with
 * @param signingKeys platform signing keys: key id → base64 of at least 32 random bytes (HMAC-SHA256)
 * @param activeSigningKey the key id new messages are signed with
 * @param keyFile where generated development keys are kept when none are configured
 * @param allowGeneratedKeys generate keys into {@code keyFile} when none are configured (also on with demo mode or
 *        the embedded H2 database); off, a missing key stops start-up
 * @param maxAttachment largest attachment
 * @param maxAttachments most attachments on one message
 */
@ConfigurationProperties("tangier.messaging")
record MessagingSettings(Map<String, String> keys, String activeKey, Map<String, String> signingKeys,
        String activeSigningKey, String keyFile, Boolean allowGeneratedKeys, DataSize maxAttachment,
        Integer maxAttachments) {

    MessagingSettings {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        signingKeys = signingKeys == null ? Map.of() : Map.copyOf(signingKeys);
        allowGeneratedKeys = allowGeneratedKeys != null && allowGeneratedKeys;
        maxAttachment = maxAttachment == null ? DataSize.ofMegabytes(10) : maxAttachment;
        maxAttachments = maxAttachments == null ? 5 : maxAttachments;
    }
}
