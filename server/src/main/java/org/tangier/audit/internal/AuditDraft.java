package org.tangier.audit.internal;

import static org.tangier.audit.internal.AuditFieldBounds.ACTION;
import static org.tangier.audit.internal.AuditFieldBounds.ACTOR_ID;
import static org.tangier.audit.internal.AuditFieldBounds.ACTOR_KIND;
import static org.tangier.audit.internal.AuditFieldBounds.ACTOR_NAME;
import static org.tangier.audit.internal.AuditFieldBounds.AGENCY_CODE;
import static org.tangier.audit.internal.AuditFieldBounds.DETAIL;
import static org.tangier.audit.internal.AuditFieldBounds.OBJECT_ID;
import static org.tangier.audit.internal.AuditFieldBounds.OBJECT_TYPE;
import static org.tangier.audit.internal.AuditFieldBounds.OUTCOME;
import static org.tangier.audit.internal.AuditFieldBounds.PURPOSE;
import static org.tangier.audit.internal.AuditFieldBounds.SOURCE_ADDRESS;

import java.time.Instant;
import java.util.function.BiFunction;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEntry;
import org.tangier.audit.AuditEvent;

/**
 * An entry waiting for its place in the chain, every field already fitting its column (see {@link #of}): one
 * caller's oversized or unstorable text must never fail the batch it shares with others.
 */
record AuditDraft(Instant at, String actorKind, String actorId, String actorName, String agencyCode, String action,
        String objectType, String objectId, String purpose, String outcome, String sourceAddress, String detail) {

    /** The draft of an event, each field cleaned and cut to its column. */
    static AuditDraft of(Instant at, AuditActor actor, AuditEvent event, String sourceAddress) {
        return build(at, actor, event, sourceAddress, AuditFieldBounds::bound);
    }

    /**
     * The same entry reduced to printable ASCII: what is still recorded when the database refused the entry as
     * bounded (the detail says so), so that even a hostile entry leaves a trace.
     */
    AuditDraft scrubbed() {
        BiFunction<String, Integer, String> ascii = AuditFieldBounds::asciiOnly;
        String note = "[stored scrubbed to ASCII: the database refused the entry as given] ";
        return new AuditDraft(at, ascii.apply(actorKind, ACTOR_KIND), ascii.apply(actorId, ACTOR_ID),
                ascii.apply(actorName, ACTOR_NAME), ascii.apply(agencyCode, AGENCY_CODE), ascii.apply(action, ACTION),
                ascii.apply(objectType, OBJECT_TYPE), ascii.apply(objectId, OBJECT_ID), ascii.apply(purpose, PURPOSE),
                ascii.apply(outcome, OUTCOME), ascii.apply(sourceAddress, SOURCE_ADDRESS),
                ascii.apply(note + (detail == null ? "" : detail), DETAIL));
    }

    private static AuditDraft build(Instant at, AuditActor actor, AuditEvent event, String sourceAddress,
            BiFunction<String, Integer, String> fit) {
        String kind = actor.kind() == null ? "UNKNOWN" : actor.kind();
        return new AuditDraft(at, fit.apply(kind, ACTOR_KIND), fit.apply(actor.id(), ACTOR_ID),
                fit.apply(actor.name(), ACTOR_NAME), fit.apply(actor.agencyCode(), AGENCY_CODE),
                fit.apply(event.action(), ACTION), fit.apply(event.objectType(), OBJECT_TYPE),
                fit.apply(event.objectId(), OBJECT_ID), fit.apply(event.purpose(), PURPOSE),
                fit.apply(event.outcome().name(), OUTCOME), fit.apply(sourceAddress, SOURCE_ADDRESS),
                fit.apply(event.detail(), DETAIL));
    }

    AuditEntry chain(long seq, String previousHash) {
        AuditEntry unsigned = new AuditEntry(seq, at, actorKind, actorId, actorName, agencyCode, action, objectType,
                objectId, purpose, outcome, sourceAddress, detail, previousHash, null);
        return withHash(unsigned, AuditHash.of(unsigned));
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.at(), e.actorKind(), e.actorId(), e.actorName(), e.agencyCode(), e.action(),
                e.objectType(), e.objectId(), e.purpose(), e.outcome(), e.sourceAddress(), e.detail(), e.previousHash(),
                hash);
    }
}
