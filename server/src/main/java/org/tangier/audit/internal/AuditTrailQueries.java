package org.tangier.audit.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEntry;
import org.tangier.audit.AuditTrail;

/** The entries naming one object, for the owner's view of who screened or read it. */
@Service
class AuditTrailQueries implements AuditTrail {

    private final AuditStore store;

    AuditTrailQueries(AuditStore store) {
        this.store = store;
    }

    @Override
    public List<AuditEntry> naming(String objectId, int limit, int offset) {
        // an id, never a pattern: the detail is searched with LIKE
        String id = UUID.fromString(objectId).toString();
        return store.naming(id, Math.max(1, Math.min(limit, 1000)), Math.max(0, offset));
    }
}
