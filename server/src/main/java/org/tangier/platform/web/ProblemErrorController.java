package org.tangier.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.tangier.platform.ProblemException;

/**
 * Errors raised outside the controllers (filters, the servlet container) land here: problem+json for the API,
 * a translated page for browsers. Nothing of the exception itself is shown.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemTranslation translation;

    ProblemErrorController(ProblemTranslation translation) {
        this.translation = translation;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = statusOf(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "1");
        }
        String originalPath = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = originalPath != null ? ApiPaths.isApi(originalPath) : !acceptsHtml(request);
        if (api || !acceptsHtml(request)) {
            ProblemException problem = problemOf(status);
            ProblemDetail body = ProblemDetail.forStatus(status);
            body.setTitle(translation.title(status.value()));
            body.setDetail(translation.detail(problem));
            body.setProperty("code", problem.code());
            if (originalPath != null) {
                body.setInstance(URI.create(originalPath));
            }
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                answer.header("Retry-After", "1");
            }
            return answer.body(body);
        }
        ModelAndView page = new ModelAndView("error/error", status);
        page.addObject("status", status.value());
        page.addObject("code", problemOf(status).code());
        return page;
    }

    private static ProblemException problemOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ProblemException.of(404, "no-resource-here");
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> ProblemException.of(413, "body-too-large-here");
            case UNAUTHORIZED -> ProblemException.of(401, "authentication-required");
            case FORBIDDEN -> ProblemException.of(403, "forbidden");
            case BAD_REQUEST -> ProblemException.of(400, "request-not-understood");
            case SERVICE_UNAVAILABLE -> ProblemException.of(503, "unavailable");
            default -> status.is5xxServerError() ? ProblemException.of(500, "internal-error")
                    : ProblemException.of(status.value(), "http-status", status.value());
        };
    }

    /**
     * A filter (the bearer-token lookup, say) that found no free database connection in time fails outside the
     * controllers' handlers; like them, it answers 503 so the client retries, rather than 500.
     */
    private static HttpStatus statusOf(HttpServletRequest request) {
        if (DatabaseAway.causedBy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus resolved = HttpStatus.resolve(value);
            if (resolved != null) {
                return resolved;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
