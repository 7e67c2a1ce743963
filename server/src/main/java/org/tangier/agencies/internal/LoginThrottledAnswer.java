package org.tangier.agencies.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A throttled API login: 429 problem+json with Retry-After. */
@RestControllerAdvice(assignableTypes = {AuthTokenController.class, SecondFactorApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoginThrottledAnswer {

    private final MessageSource messages;

    LoginThrottledAnswer(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LoginThrottled.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottled e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem.login.throttled", null, locale));
        problem.setTitle(messages.getMessage("problem.title.429", null, locale));
        problem.setProperty("code", "login.throttled");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(problem);
    }
}
