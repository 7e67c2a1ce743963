package org.tangier.platform;

import java.util.Arrays;
import java.util.Optional;

/** The roles a user or API client can hold; {@link #id()} is the identifier used in the API. */
public enum Role {
    BORDER_OFFICER("border-officer"),
    BUREAU_OFFICER("bureau-officer"),
    REVIEWER("reviewer"),
    DUTY_OFFICER("duty-officer"),
    ANALYST("analyst"),
    AGENCY_ADMIN("agency-admin"),
    AUDITOR("auditor"),
    PLATFORM_ADMIN("platform-admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The Spring Security authority that carries this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }
}
