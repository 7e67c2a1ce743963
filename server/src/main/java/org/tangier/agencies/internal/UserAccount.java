package org.tangier.agencies.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

/** A person who logs in, as stored. */
record UserAccount(UUID id, String agencyCode, String username, String passwordHash, Set<Role> roles,
        boolean enabled, int failedLogins, Instant lockedUntil, String totpSecret, boolean totpEnrolled,
        Instant createdAt) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Every role either reads personal data (officers, reviewers, analysts, auditors) or holds the keys to accounts
     * that do (admins), so every user must have a second factor before any login completes. Systems use API
     * clients, which have no second factor.
     */
    boolean mustEnrolSecondFactor() {
        return !totpEnrolled;
    }

    Caller asCaller() {
        return new Caller(Caller.Kind.USER, id.toString(), username, agencyCode, roles);
    }
}
