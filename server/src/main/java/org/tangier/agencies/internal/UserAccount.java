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

    /** Admins hold keys to other people's accounts, so they must have a second factor. */
    boolean mustEnrolSecondFactor() {
        return !totpEnrolled && (roles.contains(Role.PLATFORM_ADMIN) || roles.contains(Role.AGENCY_ADMIN));
    }

    Caller asCaller() {
        return new Caller(Caller.Kind.USER, id.toString(), username, agencyCode, roles);
    }
}
