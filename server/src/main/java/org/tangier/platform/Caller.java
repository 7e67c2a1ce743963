package org.tangier.platform;

import java.util.Objects;
import java.util.Set;

/**
 * Who is making a request: a user or an API client, always on behalf of one agency.
 * It is the principal of every authenticated request and the "who" of every audit entry. Serializable: in a cluster
 * the browser session that holds it is stored in the shared database (docs/cluster.md).
 */
public record Caller(Kind kind, String id, String name, String agencyCode, Set<Role> roles)
        implements java.io.Serializable {

    public enum Kind { USER, CLIENT }

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agencyCode, "agencyCode");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller holds at least one of {@code anyOf}. */
    public boolean hasAny(Set<Role> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }

    /**
     * The one role check: a 403 with the problem {@code code} (its bundle text names the roles needed) unless the
     * caller holds one.
     */
    public Caller requireAny(Set<Role> anyOf, String code) {
        if (!hasAny(anyOf)) {
            throw ProblemException.of(403, code);
        }
        return this;
    }

    public boolean isPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** Platform admins administer every agency; agency admins only their own. */
    public boolean administers(String agency) {
        return isPlatformAdmin() || (has(Role.AGENCY_ADMIN) && agencyCode.equals(agency));
    }
}
