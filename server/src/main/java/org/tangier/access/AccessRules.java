package org.tangier.access;

import java.util.Map;
import java.util.Objects;

/**
 * The one place that decides whether an agency may see something its owner restricted. Every read, list, search,
 * export, screening answer and page asks here, in memory with {@link #maySee} or in SQL with {@link #sqlCondition}.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** Whether {@code viewer} may see data that {@code owner} holds under {@code restriction}. */
    public static boolean maySee(String viewer, String owner, Restriction restriction) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(restriction, "restriction");
        if (viewer.equals(owner)) {
            return true;
        }
        return switch (restriction.kind()) {
            case ALL -> true;
            case ONLY -> restriction.agencies().contains(viewer);
            case EXCEPT -> !restriction.agencies().contains(viewer);
            case OWNER -> false;
        };
    }

    /**
     * The SQL condition for "the viewer may see this row", over a table that stores the owner and restriction in the
     * columns {@code <alias>.owner_agency}, {@code <alias>.restriction_kind} and {@code <alias>.restriction_agencies}.
     * Bind {@link SqlCondition#parameters()} by name.
     */
    public static SqlCondition sqlCondition(String alias, String viewer) {
        Objects.requireNonNull(viewer, "viewer");
        if (!alias.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        String a = alias + ".";
        String sql = "(" + a + "owner_agency = :accessViewer"
                + " or " + a + "restriction_kind = 'ALL'"
                + " or (" + a + "restriction_kind = 'ONLY' and " + a + "restriction_agencies like :accessViewerListed)"
                + " or (" + a + "restriction_kind = 'EXCEPT' and " + a + "restriction_agencies not like :accessViewerListed))";
        return new SqlCondition(sql, Map.of("accessViewer", viewer, "accessViewerListed", "%," + viewer + ",%"));
    }

    /** A WHERE fragment and the named parameters it needs. */
    public record SqlCondition(String sql, Map<String, Object> parameters) {
    }
}
