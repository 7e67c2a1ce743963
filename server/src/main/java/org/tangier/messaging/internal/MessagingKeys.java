package org.tangier.messaging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The encryption and signing key rings, from {@code tangier.messaging.keys} / {@code signing-keys}. With none
 * configured, development and demo set-ups get generated keys kept in a file under the data directory (and a warning);
 * elsewhere start-up stops and names the missing setting.
 */
@Configuration
@EnableConfigurationProperties(MessagingSettings.class)
class MessagingKeys {

    private static final Logger log = LoggerFactory.getLogger(MessagingKeys.class);
    static final String GENERATED_ID = "generated-1";

    @Bean
    MessageCrypto messageCrypto(MessagingSettings settings, Environment environment,
            @Value("${tangier.data-dir:./data}") String dataDir,
            @Value("${tangier.demo.enabled:false}") boolean demo, @Value("${tangier.db.url:}") String dbUrl) {
        boolean generate = settings.allowGeneratedKeys() || demo || dbUrl.startsWith("jdbc:h2:");
        Path file = Path.of(settings.keyFile() == null || settings.keyFile().isBlank()
                ? dataDir + "/messaging-keys.properties" : settings.keyFile());
        KeyRing encryption = ring("tangier.messaging.keys", "tangier.messaging.active-key", settings.keys(),
                settings.activeKey(), "AES", "encryption", generate, file);
        KeyRing signing = ring("tangier.messaging.signing-keys", "tangier.messaging.active-signing-key",
                signingKeys(settings, environment), settings.activeSigningKey(), "HmacSHA256", "signing", generate, file);
        return new MessageCrypto(encryption, signing);
    }

    /**
     * The signing keys, including those set as {@code TANGIER_MESSAGING_SIGNING_KEYS_<ID>} as the README documents.
     * Relaxed binding reads that variable as {@code tangier.messaging.signing.keys.<id>} (every underscore a dot);
     * the dash-for-underscore reading applies to single settings only, never to the keys of a map, so the map
     * {@code signing-keys} does not see it. Both spellings are read; the canonical one wins on the same id.
     */
    static Map<String, String> signingKeys(MessagingSettings settings, Environment environment) {
        Map<String, String> fromEnvironment = Binder.get(environment)
                .bind("tangier.messaging.signing.keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        if (fromEnvironment.isEmpty()) {
            return settings.signingKeys();
        }
        Map<String, String> merged = new LinkedHashMap<>(fromEnvironment);
        merged.putAll(settings.signingKeys());
        return Map.copyOf(merged);
    }

    private static KeyRing ring(String setting, String activeSetting, Map<String, String> keys, String active,
            String algorithm, String purpose, boolean generate, Path file) {
        if (!keys.isEmpty()) {
            if (active == null || active.isBlank()) {
                if (keys.size() != 1) {
                    throw new IllegalStateException(activeSetting + " must name one of " + keys.keySet());
                }
                active = keys.keySet().iterator().next();
            }
            return new KeyRing(setting, keys, active, algorithm, 32);
        }
        if (!generate) {
            throw new IllegalStateException(setting + " is not set: configure at least one key (base64 of 32 random bytes,"
                    + " e.g. `openssl rand -base64 32`) and " + activeSetting + "; see docs/messaging.md");
        }
        String encoded = generated(file, purpose);
        log.warn("{} is not set: using a generated development {} key from {}. Configure real keys before production use.",
                setting, purpose, file.toAbsolutePath());
        return new KeyRing(setting, Map.of(GENERATED_ID, encoded), GENERATED_ID, algorithm, 32);
    }

    /** The generated key for {@code purpose} from the key file, created on first use. */
    private static synchronized String generated(Path file, String purpose) {
        try {
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            }
            String value = properties.getProperty(purpose);
            if (value == null) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                value = Base64.getEncoder().encodeToString(key);
                properties.setProperty(purpose, value);
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(out, "Tangier development messaging keys: generated, never commit, never use in production");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException | IOException ignored) {
                    // not a POSIX file system: the data directory's own permissions protect it
                }
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the generated messaging key file " + file
                    + ": set tangier.messaging.keys or tangier.messaging.key-file", e);
        }
    }
}
