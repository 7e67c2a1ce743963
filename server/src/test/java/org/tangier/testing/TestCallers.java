package org.tangier.testing;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

/** Callers for tests that call services directly, without logging in. */
public final class TestCallers {

    private TestCallers() {
    }

    public static Caller platformAdmin() {
        return user("root", "OPS", EnumSet.of(Role.PLATFORM_ADMIN));
    }

    public static Caller agencyAdmin(String agency) {
        return user(agency.toLowerCase() + ".admin", agency, EnumSet.of(Role.AGENCY_ADMIN));
    }

    public static Caller user(String name, String agency, Set<Role> roles) {
        return new Caller(Caller.Kind.USER, UUID.randomUUID().toString(), name, agency, roles);
    }

    /** A name unique within this JVM, so that tests sharing a database do not collide. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
