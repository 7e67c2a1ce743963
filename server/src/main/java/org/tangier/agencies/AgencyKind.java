package org.tangier.agencies;

import java.util.Arrays;
import java.util.Optional;

/** What sort of member an agency is. */
public enum AgencyKind {
    NATIONAL_BUREAU("national-bureau"),
    REGIONAL_BODY("regional-body"),
    INTERNATIONAL_BODY("international-body");

    private final String id;

    AgencyKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AgencyKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
