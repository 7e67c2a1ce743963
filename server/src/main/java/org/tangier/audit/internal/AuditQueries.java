package org.tangier.audit.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEntry;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.audit.AuditVerification;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;

/** What auditors may ask of the log; the asking is itself audited. */
@Service
class AuditQueries {

    private final AuditStore store;
    private final AuditChainVerifier verifier;
    private final AuditLog audit;

    AuditQueries(AuditStore store, AuditChainVerifier verifier, AuditLog audit) {
        this.store = store;
        this.verifier = verifier;
        this.audit = audit;
    }

    List<AuditEntry> find(AuditFilter filter) {
        Caller caller = Callers.required();
        AuditFilter allowed = caller.isPlatformAdmin() ? filter : filter.restrictedTo(caller.agencyCode());
        audit.record(AuditEvent.success("audit.query", "audit-log", null).withDetail(describe(allowed)));
        return store.find(allowed);
    }

    AuditVerification verify() {
        AuditVerification result = verifier.verify();
        audit.record(AuditEvent.success("audit.verify", "audit-log", null)
                .withDetail(result.intact() ? "intact, " + result.entriesChecked() + " entries"
                        : "broken at " + result.firstBrokenSeq()));
        return result;
    }

    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        append(s, "user", f.actorName());
        append(s, "agency", f.agencyCode());
        append(s, "objectType", f.objectType());
        append(s, "objectId", f.objectId());
        append(s, "action", f.action());
        append(s, "from", f.from());
        append(s, "to", f.to());
        return s.toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(s.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}
