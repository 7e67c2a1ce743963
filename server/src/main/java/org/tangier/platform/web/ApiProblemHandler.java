package org.tangier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tangier.platform.ProblemException;

/**
 * Turns every error of the API into RFC 9457 problem+json: a clear title, a detail that says what to fix,
 * the offending fields by name, and never a stack trace.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final ProblemTranslation translation;

    ApiProblemHandler(ProblemTranslation translation) {
        this.translation = translation;
    }

    @ExceptionHandler(ProblemException.class)
    Object problem(ProblemException e, HttpServletRequest request) {
        if (!ApiPaths.isApi(request)) {
            ModelAndView page = new ModelAndView("error/error", HttpStatusCode.valueOf(e.status()));
            page.addObject("status", e.status());
            page.addObject("code", e.code());
            page.addObject("detail", e.status() < 500 ? translation.detail(e) : null);
            return page;
        }
        ProblemDetail body = body(e);
        body.setInstance(URI.create(request.getRequestURI()));
        return problemResponse(body);
    }

    /** The problem+json of a problem: status, stable code, title and detail in the caller's language, its members. */
    private ProblemDetail body(ProblemException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), translation.detail(e));
        body.setTitle(translation.title(e.status()));
        body.setProperty("code", e.code());
        e.properties().forEach(body::setProperty);
        if (e.field() != null) {
            body.setProperty("errors", List.of(Map.of("field", e.field(), "code", e.code(), "detail", translation.text(e))));
        }
        return body;
    }

    /** In the API a 403 problem; in the browser Spring Security's handler decides (second-factor stages, 403 page). */
    @ExceptionHandler(AccessDeniedException.class)
    Object accessDenied(AccessDeniedException e, HttpServletRequest request) {
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        return problem(ProblemException.of(403, "forbidden"), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request) {
        if (!ApiPaths.isApi(request)) {
            throw e;
        }
        return problem(ProblemException.of(401, "authentication-required"), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", lastNode(v.getPropertyPath().toString()), "detail", v.getMessage()))
                .toList();
        return problem(invalid(errors), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(ProblemException.withProperties(400, "invalid-value",
                Map.of("errors", List.of(Map.of("field", e.getName(), "code", "invalid-value"))),
                e.getName(), String.valueOf(e.getValue())), request);
    }

    /**
     * A multipart body that ends early or is malformed is the client's: 400 (one over the size cap is answered 413 by
     * the handler of its own, more specific type).
     */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object unreadableMultipart(org.springframework.web.multipart.MultipartException e, HttpServletRequest request) {
        if (bodyTooLarge(e) != null) {
            return unexpected(e, request);
        }
        log.info("Unreadable multipart body on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(ProblemException.of(400, "multipart-unreadable"), request);
    }

    /**
     * Overload (no free database connection in time) or a database that went away under a request (a restart, a
     * failover) is the server's state, not the client's fault: 503, retry. The fault suite's PostgreSQL restart saw
     * such in-flight requests answered 500 before the connection-failure kinds were listed here.
     */
    @ExceptionHandler({org.springframework.jdbc.CannotGetJdbcConnectionException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessException.class,
            org.springframework.dao.RecoverableDataAccessException.class})
    Object overloaded(Exception e, HttpServletRequest request) {
        log.warn("Unavailable: {} {} could not use the database: {}", request.getMethod(), request.getRequestURI(),
                e.getClass().getSimpleName());
        Object response = problem(ProblemException.of(503, "unavailable"), request);
        if (response instanceof ResponseEntity<?> entity) {
            return ResponseEntity.status(503).headers(entity.getHeaders()).header("Retry-After", "1").body(entity.getBody());
        }
        return response;
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        RequestSizeLimitFilter.BodyTooLargeException tooLarge = bodyTooLarge(e);
        if (tooLarge != null) {
            return problem(ProblemException.of(413, "body-too-large", tooLarge.max), request);
        }
        if (clientWentAway(e)) {
            // the client closed the connection while its body was read: nobody reads this answer, and it is no server fault
            log.info("Client went away during {} {}", request.getMethod(), request.getRequestURI());
            return problem(ProblemException.of(400, "request-not-understood"), request);
        }
        if (DatabaseAway.causedBy(e)) {
            return overloaded(e, request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(ProblemException.of(500, "internal-error"), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problemResponse(body(ProblemException.of(413, "upload-too-large")));
    }

    /** Unknown routes: problem+json for API clients; browsers get the translated error page via /error. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ServletWebRequest servlet = (ServletWebRequest) request;
        if (!ApiPaths.isApi(servlet.getRequest())) {
            try {
                servlet.getResponse().sendError(404);
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            return null;
        }
        return problemResponse(body(ProblemException.of(404, "no-resource", servlet.getRequest().getRequestURI())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.<String, Object>of("field", f.getField(), "detail", String.valueOf(f.getDefaultMessage())))
                .toList();
        return problemResponse(body(invalid(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.<String, Object>of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "detail", String.valueOf(err.getDefaultMessage()))))
                .toList();
        return problemResponse(body(invalid(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        RequestSizeLimitFilter.BodyTooLargeException tooLarge = bodyTooLarge(e);
        if (tooLarge != null) {
            return problemResponse(body(ProblemException.of(413, "body-too-large", tooLarge.max)));
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problemResponse(body(problem));
        }
        return problemResponse(body(ProblemException.of(400, "malformed-body")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }

    /** The size cap's exception, however deep a reader or converter wrapped it. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.catalina.connector.ClientAbortException) {
                return true;
            }
        }
        return false;
    }

    private static RequestSizeLimitFilter.BodyTooLargeException bodyTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** Invalid fields: each with the validator's text (in the caller's language), the detail listing them all. */
    private static ProblemException invalid(List<Map<String, Object>> errors) {
        if (errors.isEmpty()) {
            return ProblemException.of(400, "invalid-request");
        }
        String fields = String.join("; ", errors.stream().map(e -> e.get("field") + ": " + e.get("detail")).toList());
        return ProblemException.withProperties(400, "invalid-fields", Map.of("errors", errors), fields);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
