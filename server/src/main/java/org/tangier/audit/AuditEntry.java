package org.tangier.audit;

import java.time.Instant;

/** One stored, chained entry of the audit log. */
public record AuditEntry(long seq, Instant at, String actorKind, String actorId, String actorName, String agencyCode,
        String action, String objectType, String objectId, String purpose, String outcome, String sourceAddress,
        String detail, String previousHash, String hash) {
}
