package org.tangier.audit;

import org.tangier.platform.Caller;

/**
 * Who acted: a user, an API client, the system itself, or someone not (yet) authenticated, named by what they typed.
 */
public record AuditActor(String kind, String id, String name, String agencyCode) {

    public static AuditActor of(Caller caller) {
        return new AuditActor(caller.kind().name(), caller.id(), caller.name(), caller.agencyCode());
    }

    public static AuditActor anonymous(String attemptedName) {
        return new AuditActor("ANONYMOUS", null, attemptedName, null);
    }

    public static AuditActor system() {
        return new AuditActor("SYSTEM", null, "tangier", null);
    }
}
