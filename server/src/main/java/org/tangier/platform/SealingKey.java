package org.tangier.platform;

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

/**
 * Secrets kept at rest in the database (second-factor seeds, webhook signing secrets): AES-256-GCM under a key from
 * a setting (base64 of 32 random bytes) or, without it, from a key file under the data directory, created 0600 at
 * first use so no other account ever reads it. Every node of a cluster needs the same key. The owning row's id is
 * bound in as associated data, so a value copied onto another row does not open. A sealed value is {@code v1:} and
 * the base64 of nonce and ciphertext; a value without the prefix was stored before sealing and is read as it is.
 */
public final class SealingKey {

    public static final String PREFIX = "v1:";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    private SealingKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key from {@code configured} (named {@code setting} in errors) or, when that is blank, from {@code keyFile}. */
    public static SealingKey of(String configured, String setting, Path keyFile) {
        return new SealingKey(configured == null || configured.isBlank() ? fromFile(keyFile) : decode(configured, setting));
    }

    public String seal(UUID owner, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plain value; a value stored before sealing comes back as it is. */
    public String open(UUID owner, String stored) throws BrokenSeal {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BrokenSeal();
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The wrong key or a tampered row: the caller says which secret, in its own words. */
    public static final class BrokenSeal extends Exception {
        BrokenSeal() {
            super(null, null, false, false);
        }
    }

    private static synchronized byte[] fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                // created 0600 before the key is written
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
            }
            DataFiles.restrict(file);
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " must be base64 of 32 random bytes (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must be base64 of 32 random bytes (openssl rand -base64 32), not "
                    + bytes.length);
        }
        return bytes;
    }
}
