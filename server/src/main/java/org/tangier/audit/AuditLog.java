package org.tangier.audit;

/**
 * Writes audit entries. {@link #record} returns once the entry is durably chained: an operation whose audit write
 * fails fails with it, so nothing is done unaudited.
 */
public interface AuditLog {

    /** Records an event by the current caller (or the system when there is none), from the current request's address. */
    void record(AuditEvent event);

    /** Records an event by an explicit actor, e.g. a failed login that has no caller yet. */
    void record(AuditActor actor, AuditEvent event);
}
