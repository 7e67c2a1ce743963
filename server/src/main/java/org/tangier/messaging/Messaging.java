package org.tangier.messaging;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tangier.platform.Caller;

/** Sending and reading messages. Every method applies "an agency sees only what it sent or received" and is audited. */
public interface Messaging {

    MessageView send(Caller caller, MessageDraft draft);

    /** The message if the caller's agency sent or received it; reading records the read receipt. */
    Optional<MessageView> read(Caller caller, UUID id);

    /**
     * A notice from the platform itself on behalf of {@code onBehalfOf} (e.g. an operation's lead agency when a watched
     * record is hit), to every agency in {@code recipients} that is active. Handling code H3: it stays among them.
     * Returns the message id, or null when no recipient (or the agency on whose behalf it goes) is active.
     */
    UUID sendPlatformNotice(String onBehalfOf, String origin, Set<String> recipients, Priority priority, String subject,
            String body, List<MessageLink> links);

    /** The urgent and flash messages the caller's agency received lately, newest first (lists them as delivered). */
    java.util.List<LiveMessage> recentUrgent(Caller caller, int limit);
}
