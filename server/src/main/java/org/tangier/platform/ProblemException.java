package org.tangier.platform;

import java.util.Map;

/**
 * An error a client can fix or must know about; rendered as RFC 9457 problem+json with this status, title and detail.
 * The detail is shown to users as is, so it says what to change, never how the server failed.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> properties;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ProblemException(int status, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Invalid request", detail);
    }

    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(400, "Invalid request", field + ": " + detail,
                Map.of("errors", java.util.List.of(Map.of("field", field, "detail", detail))));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " was not found.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
