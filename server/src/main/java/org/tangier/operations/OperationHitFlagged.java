package org.tangier.operations;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A hit on a watched record was flagged to an operation's participants (for the board and webhooks). */
public record OperationHitFlagged(UUID operationId, UUID hitId, UUID recordId, Set<String> participants, Instant at) {
}
