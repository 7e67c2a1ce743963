package org.tangier.messaging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A link from a message to something else on the platform, by kind and id only. */
public record MessageLink(Kind kind, UUID id) {

    public enum Kind {
        RECORD, NOTICE, HIT, OPERATION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromId(String id) {
            return id == null ? Optional.empty()
                    : Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(id.trim())).findFirst();
        }
    }

    public MessageLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
