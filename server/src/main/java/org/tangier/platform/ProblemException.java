package org.tangier.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An error a client can fix or must know about; rendered as RFC 9457 problem+json with this status, a stable machine
 * {@link #code() code} and a title and detail in the caller's language. The detail is shown to users as is, so it says
 * what to change, never how the server failed.
 *
 * <p>A problem made with {@link #of} names a text of the message bundles ({@code problem.<code>}): clients branch on
 * the code, people read the text in their language. Its {@link #getMessage() message} is that text in the language
 * of the request being served (pages that show a refusal as is show it translated), and English outside a request
 * (logs of background work, tests that call services). A problem made from an English detail (the older
 * constructors) keeps that detail and gets the generic code of its status; its title is still translated.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final boolean keyed;
    private final Object[] arguments;
    private final String title;
    private final Map<String, Object> properties;
    private final String field;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ProblemException(int status, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = genericCode(status);
        this.keyed = false;
        this.arguments = new Object[0];
        this.title = title;
        this.properties = Map.copyOf(properties);
        this.field = null;
    }

    private ProblemException(int status, String code, Object[] arguments, Map<String, Object> properties, String field) {
        super((field == null ? "" : field + ": ") + ProblemTexts.english(code, arguments));
        this.field = field;
        this.status = status;
        this.code = code;
        this.keyed = true;
        this.arguments = arguments.clone();
        this.title = ProblemTexts.englishTitle(status);
        this.properties = Map.copyOf(properties);
    }

    /**
     * A problem whose detail is the bundle text {@code problem.<code>} formatted with {@code arguments}
     * (java.text.MessageFormat, as Spring formats every page text).
     */
    public static ProblemException of(int status, String code, Object... arguments) {
        return new ProblemException(status, code, arguments, Map.of(), null);
    }

    /** As {@link #of}, with extra problem+json members (the offending fields, a limit). */
    public static ProblemException withProperties(int status, String code, Map<String, Object> properties,
            Object... arguments) {
        return new ProblemException(status, code, arguments, properties, null);
    }

    /**
     * One field of the request is invalid: 400 with the code, the detail "field: text" and the field in the
     * problem's {@code errors} member, its text translated like the detail.
     */
    public static ProblemException invalid(String field, String code, Object... arguments) {
        return new ProblemException(400, code, arguments, Map.of(), field);
    }

    /**
     * A field refused by a domain rule that throws {@link IllegalArgumentException}: the rule's code and arguments
     * when it names one ({@link InvalidValueException}), else {@code fallbackCode} with the rule's own (technical,
     * untranslated) message as its argument.
     */
    public static ProblemException invalid(String field, IllegalArgumentException e, String fallbackCode) {
        return e instanceof InvalidValueException coded ? invalid(field, coded.code(), coded.arguments())
                : invalid(field, fallbackCode, String.valueOf(e.getMessage()));
    }

    /** As {@link #invalid(String, IllegalArgumentException, String)} for a rule that always names a code. */
    public static ProblemException invalid(String field, IllegalArgumentException e) {
        return invalid(field, e, "invalid-value-detail");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Invalid request", detail);
    }

    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(400, "Invalid request", field + ": " + detail,
                Map.of("errors", List.of(Map.of("field", field, "detail", detail))));
    }

    /**
     * {@code what} was not found. A {@code what} of the form "Record 0191…" (a kind the bundles name, then an
     * identifier) gets the code {@code record.not-found} and a translated detail; anything else the generic one.
     */
    public static ProblemException notFound(String what) {
        int space = what.indexOf(' ');
        if (space > 0 && what.indexOf(' ', space + 1) < 0) {
            String kind = ProblemTexts.kindKey(what.substring(0, space));
            if (kind != null) {
                return of(404, kind + ".not-found", what.substring(space + 1));
            }
        }
        return of(404, "not-found", what);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    /** The detail in the language of the request being served, English outside a request. */
    @Override
    public String getMessage() {
        if (!keyed) {
            return super.getMessage();
        }
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        Locale locale = request == null ? null : request.getLocale();
        return locale == null || locale.getLanguage().equals("en") ? super.getMessage()
                : (field == null ? "" : field + ": ") + ProblemTexts.text(code, arguments, locale);
    }

    /** The detail in English, whatever the request's language (for logs and audit entries). */
    public String englishDetail() {
        return super.getMessage();
    }

    public int status() {
        return status;
    }

    /** The stable machine code: {@code notice.not-draft}, or the status's generic code ({@code conflict}). */
    public String code() {
        return code;
    }

    /** The bundle key of the detail, or null when the detail is the English text given. */
    public String detailKey() {
        return keyed ? "problem." + code : null;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * An argument that is itself a bundle text, translated with the detail (a status name: {@code term("hit.status."
     * + status.id())}).
     */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** The invalid field this problem names, or null. */
    public String field() {
        return field;
    }

    /** The English title (the handler translates it by status). */
    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** The generic code of a status, for problems without a specific one. */
    public static String genericCode(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "authentication-required";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 423 -> "locked";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "error-" + status;
        };
    }

    @Override
    public String toString() {
        return "ProblemException[" + status + " " + code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments))
                + "]: " + englishDetail();
    }
}
