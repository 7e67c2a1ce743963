package org.tangier.messaging;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What the recipients may do with a message, and so to whom a reply may go (docs/messaging.md, "Handling codes").
 * Ordered from the most open to the strictest: a reply keeps its parent's code or a stricter one.
 */
public enum HandlingCode {
    /** May be shared with national authorities (prosecutors, customs, border guards) of a recipient's country. */
    H2(0),
    /** Criminal intelligence only: not evidence, not passed on without the originator's consent. */
    H1(1),
    /** Must not be shared further: stays among the agencies that already hold it. */
    H3(2);

    private final int strictness;

    HandlingCode(int strictness) {
        this.strictness = strictness;
    }

    public boolean atLeastAsStrictAs(HandlingCode other) {
        return strictness >= other.strictness;
    }

    /**
     * Whether a reply by {@code replier} to a message held by {@code holders} (its sender and recipients), originated
     * by {@code originator}, may go to {@code to}. H2: any member agency. H1: the holders, and others only when the
     * originator itself replies (it owns the information). H3: the holders only, whoever replies.
     */
    public boolean allowsReply(String replier, String originator, Set<String> holders, String to) {
        return switch (this) {
            case H2 -> true;
            case H1 -> holders.contains(to) || replier.equals(originator);
            case H3 -> holders.contains(to);
        };
    }

    public static Optional<HandlingCode> fromId(String id) {
        return id == null ? Optional.empty()
                : Arrays.stream(values()).filter(h -> h.name().equalsIgnoreCase(id.trim())).findFirst();
    }
}
