package org.tangier.audit;

import java.util.Objects;

/**
 * What happened, as the part that did it describes it. The log adds who, when, from where and the chain hash.
 *
 * @param action what was done, dotted, e.g. {@code auth.login}, {@code user.create}, {@code record.read}
 * @param objectType the kind of object acted on, e.g. {@code user}, {@code person}; null when none
 * @param objectId its id; null when none
 * @param purpose why, as given by the caller (required for screening and reads of personal data)
 * @param outcome how it ended
 * @param detail a short note (never personal data beyond the object's id)
 */
public record AuditEvent(String action, String objectType, String objectId, String purpose, Outcome outcome,
        String detail) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEvent success(String action, String objectType, String objectId) {
        return new AuditEvent(action, objectType, objectId, null, Outcome.SUCCESS, null);
    }

    public AuditEvent withPurpose(String value) {
        return new AuditEvent(action, objectType, objectId, value, outcome, detail);
    }

    public AuditEvent withDetail(String value) {
        return new AuditEvent(action, objectType, objectId, purpose, outcome, value);
    }

    public AuditEvent withOutcome(Outcome value) {
        return new AuditEvent(action, objectType, objectId, purpose, value, detail);
    }
}
