package org.tangier.agencies.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Length over composition rules (NIST SP 800-63B): long enough, not the username, not one of the passwords every
 * attacker tries first.
 */
@Component
class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password", "password123", "123456789012", "qwertyuiopas",
            "administrator", "letmein12345", "welcome12345", "passw0rd1234", "changeme1234", "iloveyou1234",
            "111111111111", "000000000000", "azertyuiopqs", "motdepasse12", "contrasena12");

    /** The most common passwords of 8 or more characters (see the file's header for its source and licence). */
    private static final Set<String> LEAKED = load("/security/common-passwords.txt");

    private final int minLength;

    PasswordPolicy(@Value("${tangier.auth.password-min-length:12}") int minLength) {
        this.minLength = minLength;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the common-password list " + resource + " is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A common password as typed, or with the digits and symbols people add at the end to pass a length rule. */
    private static boolean common(String lower) {
        String stem = lower.replaceAll("[^\\p{L}]+$", "");
        return COMMON.contains(lower) || LEAKED.contains(lower) || (stem.length() >= 8 && LEAKED.contains(stem));
    }

    /** Why the password is refused (a code: too-short, too-long, contains-username, too-easy), or empty when it is acceptable. */
    Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < minLength) {
            return Optional.of("too-short");
        }
        if (password.length() > 128) {
            return Optional.of("too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("contains-username");
        }
        if (common(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("too-easy");
        }
        return Optional.empty();
    }

    int minLength() {
        return minLength;
    }
}
