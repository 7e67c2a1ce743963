package org.tangier.messaging.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for what is stored, HMAC-SHA256 for the platform's signature over a message.
 * A ciphertext is {@code [1][key id length][key id][12-byte nonce][ciphertext + 16-byte tag]}: it names its key, so
 * that after a rotation old ciphertexts still find theirs. The associated data binds each ciphertext to its message
 * and field, so a ciphertext moved to another row or column fails to decrypt.
 */
final class MessageCrypto {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing encryption;
    private final KeyRing signing;
    private final SecureRandom random = new SecureRandom();

    MessageCrypto(KeyRing encryption, KeyRing signing) {
        this.encryption = encryption;
        this.signing = signing;
    }

    byte[] encrypt(byte[] plaintext, String context) {
        byte[] keyId = encryption.activeId().getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption.activeKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(2 + keyId.length + NONCE_BYTES + sealed.length)
                    .put(FORMAT).put((byte) keyId.length).put(keyId).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    byte[] encrypt(String plaintext, String context) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    /** The plaintext, or empty when the ciphertext was altered, bound to another context, or its key is gone. */
    Optional<byte[]> decrypt(byte[] stored, String context) {
        try {
            ByteBuffer in = ByteBuffer.wrap(stored);
            if (in.get() != FORMAT) {
                return Optional.empty();
            }
            byte[] keyId = new byte[in.get() & 0xFF];
            in.get(keyId);
            Optional<SecretKey> key = encryption.key(new String(keyId, StandardCharsets.US_ASCII));
            if (key.isEmpty()) {
                return Optional.empty();
            }
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return Optional.of(cipher.doFinal(stored, in.position(), in.remaining()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<String> decryptText(byte[] stored, String context) {
        return decrypt(stored, context).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** The key id a ciphertext names. */
    static String keyIdOf(byte[] stored) {
        if (stored.length < 2) {
            return "";
        }
        int length = Math.min(stored[1] & 0xFF, stored.length - 2);
        return new String(stored, 2, length, StandardCharsets.US_ASCII);
    }

    Signature sign(String canonical) {
        return new Signature(signing.activeId(), hmac(signing.activeKey(), canonical));
    }

    boolean verify(String canonical, String keyId, String signature) {
        return signing.key(keyId)
                .map(key -> MessageDigest.isEqual(hmac(key, canonical).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(SecretKey key, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    record Signature(String keyId, String value) {
    }
}
