package org.tangier.records;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record the shared databases hold; {@link #id()} names them in the API and URLs. */
public enum RecordType {
    PERSON("person", "persons"),
    TRAVEL_DOCUMENT("travel-document", "documents"),
    VEHICLE("vehicle", "vehicles"),
    FIREARM("firearm", "firearms"),
    INDICATOR("indicator", "indicators");

    private final String id;
    private final String collection;

    RecordType(String id, String collection) {
        this.id = id;
        this.collection = collection;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return id;
    }

    /** The path segment of the type's collection: /api/v1/records/persons. */
    public String collection() {
        return collection;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static RecordType fromJson(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException("not a record type: " + id));
    }

    public static Optional<RecordType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id) || t.collection.equals(id)).findFirst();
    }
}
