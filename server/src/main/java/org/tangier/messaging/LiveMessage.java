package org.tangier.messaging;

import java.time.Instant;
import java.util.UUID;

/** An urgent or flash message received by an agency, as the coordination board lists it. */
public record LiveMessage(UUID id, UUID threadId, String sender, Priority priority, String subject, Instant sentAt) {
}
