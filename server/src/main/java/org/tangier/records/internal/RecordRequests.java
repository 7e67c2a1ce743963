package org.tangier.records.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the API's record body, {@code {"restriction","reviewBy","externalId","details":{...}}}, for the type the URL
 * names; a field of the wrong shape is reported by its path, e.g. {@code details.names[0]}.
 */
@Component
class RecordRequests {

    private final JsonMapper json;

    RecordRequests(JsonMapper json) {
        this.json = json;
    }

    RecordDraft draft(RecordType type, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.of(400, "records.body-json-object-record-s");
        }
        JsonNode details = body.get("details");
        if (details == null || !details.isObject()) {
            throw ProblemException.invalid("details", "records.object-s-fields-required", type.id());
        }
        RecordDetails parsed;
        try {
            parsed = json.treeToValue(details, RecordJson.classOf(type));
        } catch (DatabindException e) {
            throw ProblemException.invalid("details" + path(e), "records.has-wrong-shape", shortMessage(e));
        } catch (JacksonException e) {
            throw ProblemException.invalid("details", "records.not-valid");
        }
        return new RecordDraft(parsed, text(body, "restriction"), date(body, "reviewBy"), text(body, "externalId"));
    }

    static Integer integer(JsonNode body, String field) {
        JsonNode node = body == null ? null : body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isInt()) {
            throw ProblemException.invalid(field, "records.whole-number");
        }
        return node.intValue();
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ProblemException.invalid(field, "records.string");
        }
        return node.asString();
    }

    private static LocalDate date(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "records.not-date-yyyy-mm-dd", value);
        }
    }

    private static String path(DatabindException e) {
        StringBuilder p = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                p.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                p.append('[').append(ref.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    private static String shortMessage(DatabindException e) {
        return "expected " + (e.getPath().isEmpty() ? "an object" : "a value of another type");
    }
}
