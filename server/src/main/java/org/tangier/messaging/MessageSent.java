package org.tangier.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A message was sent. Carries no content: listeners that need it read the message as an agency that holds it. */
public record MessageSent(UUID id, UUID threadId, String sender, Set<String> recipients, Priority priority,
        HandlingCode handlingCode, List<MessageLink> links, Instant sentAt) {
}
