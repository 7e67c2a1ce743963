package org.tangier.analysis.internal;

import java.util.Arrays;
import java.util.Optional;
import org.tangier.records.RecordType;

/** What a node of the link graph stands for; {@link #id()} names it in the API ("person", "notice", "hit"...). */
enum NodeKind {
    PERSON("person"),
    TRAVEL_DOCUMENT("travel-document"),
    VEHICLE("vehicle"),
    FIREARM("firearm"),
    INDICATOR("indicator"),
    NOTICE("notice"),
    HIT("hit"),
    OPERATION("operation");

    private final String id;

    NodeKind(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static NodeKind of(RecordType type) {
        return valueOf(type.name());
    }

    static Optional<NodeKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
