package org.tangier.platform.web;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors that escape the controllers (from a filter) keep the API's answers: no 500 for an overloaded pool. */
class ProblemErrorControllerTest {

    private final ProblemErrorController controller = new ProblemErrorController(new ProblemTranslation(bundles()));

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    @Test
    void aFilterThatFoundNoFreeConnectionAnswers503WithRetryAfter() {
        MockHttpServletRequest request = errorOf(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
        MockHttpServletResponse response = new MockHttpServletResponse();

        ResponseEntity<?> answer = (ResponseEntity<?>) controller.error(request, response);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void aDatabaseThatWentAwayUnderTheRequestAnswers503() {
        MockHttpServletRequest request = errorOf(new org.springframework.dao.DataAccessResourceFailureException(
                "terminating connection due to administrator command"));

        ResponseEntity<?> answer = (ResponseEntity<?>) controller.error(request, new MockHttpServletResponse());

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(String.valueOf(answer.getBody())).doesNotContain("administrator");
    }

    @Test
    void aRollbackThatFailedBecauseTheConnectionWasLostAnswers503() {
        MockHttpServletRequest request = errorOf(new org.springframework.transaction.TransactionSystemException(
                "JDBC rollback failed", new java.sql.SQLException("This connection has been closed.", "08003")));

        ResponseEntity<?> answer = (ResponseEntity<?>) controller.error(request, new MockHttpServletResponse());

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anSqlErrorOfTheRequestItselfStaysA500() {
        MockHttpServletRequest request = errorOf(new org.springframework.transaction.TransactionSystemException(
                "JDBC commit failed", new java.sql.SQLException("value too long", "22001")));

        ResponseEntity<?> answer = (ResponseEntity<?>) controller.error(request, new MockHttpServletResponse());

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void anyOtherFailureStaysA500WithoutItsText() {
        MockHttpServletRequest request = errorOf(new IllegalStateException("Index 20004 out of bounds"));

        ResponseEntity<?> answer = (ResponseEntity<?>) controller.error(request, new MockHttpServletResponse());

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(String.valueOf(answer.getBody())).doesNotContain("20004");
    }

    private static MockHttpServletRequest errorOf(Throwable error) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/screening/checks");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, error);
        return request;
    }
}
