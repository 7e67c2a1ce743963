package org.tangier.agencies.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Encrypts second-factor seeds at rest (AES-256-GCM), so that a copy of the database alone does not yield the codes
 * of every user. The key is {@code tangier.auth.seed-key} (base64 of 32 bytes) or, without it, a file
 * ({@code tangier.auth.seed-key-file}, default {@code <data-dir>/second-factor.key}) created 0600 at first start;
 * every node of a cluster needs the same key. The user's id is bound into each ciphertext, so a seed copied onto
 * another row does not decrypt.
 */
@Component
class SeedCipher {

    /** Marks an encrypted value; a value without it is a seed written before encryption (migrated at start). */
    static final String PREFIX = "v1:";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    SeedCipher(@Value("${tangier.auth.seed-key:}") String configuredKey,
            @Value("${tangier.auth.seed-key-file:}") String keyFile,
            @Value("${tangier.data-dir:./data}") String dataDir) {
        this.key = new SecretKeySpec(configuredKey.isBlank()
                ? fromFile(Path.of(keyFile.isBlank() ? dataDir + "/second-factor.key" : keyFile))
                : decode(configuredKey, "tangier.auth.seed-key (TANGIER_AUTH_SEED_KEY)"), "AES");
    }

    String encrypt(UUID owner, String seed) {
        if (seed == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(seed.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    String decrypt(UUID owner, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // the wrong key or a tampered row: the user cannot pass the second factor until an admin resets it
            throw new IllegalStateException("the second-factor seed of user " + owner
                    + " does not decrypt with this node's key (tangier.auth.seed-key / seed-key-file)");
        }
    }

    boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                // created 0600 before the key is written, so no other account ever reads it
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the second-factor key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " must be base64 of 32 random bytes");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must be base64 of 32 random bytes, not " + bytes.length);
        }
        return bytes;
    }
}
