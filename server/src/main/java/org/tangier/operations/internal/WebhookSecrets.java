package org.tangier.operations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tangier.platform.DataFiles;

/**
 * Webhook signing secrets at rest: AES-256-GCM, the webhook's id as associated data (a secret copied onto another
 * row does not decrypt), under a key from {@code tangier.webhooks.secret-key} or, when that is not set, from
 * {@code <data-dir>/webhook-secret.key}, generated on first use and readable by the server's account only. Stored as
 * {@code v1:} and the base64 of nonce and ciphertext; a secret stored before encryption has no prefix and is read as is.
 */
@Component
class WebhookSecrets {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    WebhookSecrets(@Value("${tangier.webhooks.secret-key:}") String configured,
            @Value("${tangier.data-dir:./data}") String dataDir) {
        this.key = new SecretKeySpec(configured.isBlank() ? fromFile(Path.of(dataDir, "webhook-secret.key"))
                : decode(configured, "tangier.webhooks.secret-key"), "AES");
    }

    String seal(UUID webhook, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(webhook.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String open(UUID webhook, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(webhook.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the secret of webhook " + webhook + " does not decrypt with the configured"
                    + " key (tangier.webhooks.secret-key or webhook-secret.key changed?)");
        }
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private static byte[] decode(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(setting + " must be 32 random bytes in base64 (openssl rand -base64 32)");
        }
        return bytes;
    }

    private static synchronized byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.TRUNCATE_EXISTING);
            }
            DataFiles.restrict(file);
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the webhook secret key " + file
                    + "; set tangier.webhooks.secret-key", e);
        }
    }
}
