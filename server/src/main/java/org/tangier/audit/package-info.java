/**
 * The audit log: append-only and hash-chained, so that any change to a stored entry breaks the chain at that entry.
 * Every read and write of personal data, every login and every change of roles or clients is written here through
 * {@link org.tangier.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.tangier.audit;
