package org.tangier.audit.internal;

import java.time.Instant;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEntry;
import org.tangier.audit.AuditEvent;

/** An entry waiting for its place in the chain. */
record AuditDraft(Instant at, AuditActor actor, AuditEvent event, String sourceAddress) {

    AuditEntry chain(long seq, String previousHash) {
        AuditEntry unsigned = new AuditEntry(seq, at, actor.kind(), actor.id(), actor.name(), actor.agencyCode(),
                event.action(), event.objectType(), event.objectId(), event.purpose(), event.outcome().name(),
                sourceAddress, event.detail(), previousHash, null);
        return withHash(unsigned, AuditHash.of(unsigned));
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.at(), e.actorKind(), e.actorId(), e.actorName(), e.agencyCode(), e.action(),
                e.objectType(), e.objectId(), e.purpose(), e.outcome(), e.sourceAddress(), e.detail(), e.previousHash(),
                hash);
    }
}
