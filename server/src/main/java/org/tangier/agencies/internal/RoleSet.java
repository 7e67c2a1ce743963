package org.tangier.agencies.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/** Roles as the API names them and as the database stores them (comma-separated ids). */
final class RoleSet {

    private RoleSet() {
    }

    static Set<Role> parse(Collection<String> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            throw ProblemException.invalid(field, "agencies.least-role-required-roles", known());
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : ids) {
            roles.add(Role.fromId(id).orElseThrow(() -> ProblemException.invalid(field, "agencies.not-role-roles", id, known())));
        }
        return roles;
    }

    static String store(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> load(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(id -> Role.fromId(id).orElseThrow()).collect(
                Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static List<String> ids(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().toList();
    }

    private static String known() {
        return String.join(", ", Arrays.stream(Role.values()).map(Role::id).toList());
    }
}
