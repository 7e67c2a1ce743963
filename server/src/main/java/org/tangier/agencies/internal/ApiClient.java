package org.tangier.agencies.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

/** A system of an agency (a border-post terminal, a national case system) that calls the API with a secret. */
record ApiClient(UUID id, String agencyCode, String name, Set<Role> roles, Instant createdAt, String createdBy,
        Instant revokedAt) {

    boolean revoked() {
        return revokedAt != null;
    }

    Caller asCaller() {
        return new Caller(Caller.Kind.CLIENT, id.toString(), name, agencyCode, roles);
    }
}
