/**
 * The audit log: append-only and hash-chained, so that any change to a stored entry breaks the chain at that entry.
 * Every read and write of personal data, every login and every change of roles or clients is written here through
 * {@link org.tangier.audit.AuditLog}. Signed checkpoints of the chain head, in a file outside the database, let the
 * verifier also find a truncated tail or a rewritten head; {@link org.tangier.audit.AuditCommands} verifies from the
 * command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.tangier.audit;
