package org.tangier.records.internal.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One FollowTheMoney entity as read from a line: {@code {"id", "schema", "properties": {"name": [...], ...}}}. FtM
 * properties are lists of strings; a lone string is read as a list of one.
 */
record FtmEntity(String id, String schema, Map<String, List<String>> properties) {

    static FtmEntity of(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new FtmException("a line holds one JSON object: {\"id\", \"schema\", \"properties\"}");
        }
        String id = text(node.get("id"), "id");
        String schema = text(node.get("schema"), "schema");
        Map<String, List<String>> properties = new LinkedHashMap<>();
        JsonNode props = node.get("properties");
        if (props != null && !props.isNull()) {
            if (!props.isObject()) {
                throw new FtmException("properties: an object of lists of strings");
            }
            for (Map.Entry<String, JsonNode> e : props.properties()) {
                List<String> values = new ArrayList<>();
                JsonNode v = e.getValue();
                if (v.isArray()) {
                    for (JsonNode item : v) {
                        if (!item.isNull()) {
                            values.add(value(item, e.getKey()));
                        }
                    }
                } else if (!v.isNull()) {
                    values.add(value(v, e.getKey()));
                }
                properties.put(e.getKey(), values);
            }
        }
        return new FtmEntity(id, schema, properties);
    }

    List<String> all(String property) {
        return properties.getOrDefault(property, List.of()).stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList();
    }

    String first(String property) {
        List<String> values = all(property);
        return values.isEmpty() ? null : values.get(0);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.isNull() || !node.isString() || node.asString().isBlank()) {
            throw new FtmException(field + ": required, a string");
        }
        return node.asString().strip();
    }

    private static String value(JsonNode node, String property) {
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        throw new FtmException("properties." + property + ": values are strings");
    }

    /** A line that is not an FtM entity Tangier can read; its message goes into the rejection report. */
    static final class FtmException extends RuntimeException {
        FtmException(String message) {
            super(message, null, false, false);
        }
    }
}
