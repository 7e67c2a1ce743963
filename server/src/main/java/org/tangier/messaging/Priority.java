package org.tangier.messaging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How fast recipients must act. Urgent and flash messages are pushed live to the recipients' open pages. */
public enum Priority {
    ROUTINE, URGENT, FLASH;

    public boolean isLive() {
        return this != ROUTINE;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromId(String id) {
        return id == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(id.trim())).findFirst();
    }
}
