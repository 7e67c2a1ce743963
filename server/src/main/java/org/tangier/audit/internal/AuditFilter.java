package org.tangier.audit.internal;

import java.time.Instant;

/** What an auditor asks the log for; null fields do not filter. */
record AuditFilter(String actorName, String agencyCode, String objectType, String objectId, String action,
        Instant from, Instant to, int limit, int offset) {

    AuditFilter {
        limit = Math.max(1, Math.min(limit, 1000));
        offset = Math.max(0, offset);
    }

    AuditFilter restrictedTo(String agency) {
        return new AuditFilter(actorName, agency, objectType, objectId, action, from, to, limit, offset);
    }
}
