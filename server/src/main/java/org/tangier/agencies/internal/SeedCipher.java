package org.tangier.agencies.internal;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tangier.platform.SealingKey;

/**
 * Encrypts second-factor seeds at rest, so that a copy of the database alone does not yield the codes of every user.
 * The key is {@code tangier.auth.seed-key} or, without it, the file {@code tangier.auth.seed-key-file} (default
 * {@code <data-dir>/second-factor.key}); the user's id is bound into each ciphertext ({@link SealingKey}).
 */
@Component
class SeedCipher {

    /** Marks an encrypted value; a value without it is a seed written before encryption (migrated at start). */
    static final String PREFIX = SealingKey.PREFIX;

    private final SealingKey key;

    SeedCipher(@Value("${tangier.auth.seed-key:}") String configuredKey,
            @Value("${tangier.auth.seed-key-file:}") String keyFile,
            @Value("${tangier.data-dir:./data}") String dataDir) {
        this.key = SealingKey.of(configuredKey, "tangier.auth.seed-key (TANGIER_AUTH_SEED_KEY)",
                Path.of(keyFile.isBlank() ? dataDir + "/second-factor.key" : keyFile));
    }

    String encrypt(UUID owner, String seed) {
        return seed == null ? null : key.seal(owner, seed);
    }

    String decrypt(UUID owner, String stored) {
        try {
            return key.open(owner, stored);
        } catch (SealingKey.BrokenSeal e) {
            // the wrong key or a tampered row: the user cannot pass the second factor until an admin resets it
            throw new IllegalStateException("the second-factor seed of user " + owner
                    + " does not decrypt with this node's key (tangier.auth.seed-key / seed-key-file)");
        }
    }

    boolean isEncrypted(String stored) {
        return SealingKey.isSealed(stored);
    }
}
