package org.tangier.messaging.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Named keys, one of them active. New data is written with the active key; old data names its key and still reads
 * as long as the key stays in the ring. Rotation = add a key, make it active, keep the old ones.
 */
final class KeyRing {

    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String active;

    KeyRing(String setting, Map<String, String> encoded, String active, String algorithm, int minBytes) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        encoded.forEach((id, value) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(setting + ": key id '" + id + "' must be 1 to 32 letters, digits, '.', '_' or '-'");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(value.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(setting + "." + id + " is not base64");
            }
            if (algorithm.equals("AES") ? bytes.length != 32 : bytes.length < minBytes) {
                throw new IllegalStateException(setting + "." + id + " must be " + (algorithm.equals("AES") ? "" : "at least ")
                        + minBytes + " random bytes in base64 (found " + bytes.length + ")");
            }
            parsed.put(id, new SecretKeySpec(bytes, algorithm));
        });
        if (!parsed.containsKey(active)) {
            throw new IllegalStateException(setting + ": the active key '" + active + "' is not among the configured keys "
                    + parsed.keySet());
        }
        this.keys = Map.copyOf(parsed);
        this.active = active;
    }

    String activeId() {
        return active;
    }

    SecretKey activeKey() {
        return keys.get(active);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
