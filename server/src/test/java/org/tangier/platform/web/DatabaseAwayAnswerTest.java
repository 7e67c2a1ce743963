package org.tangier.platform.web;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** An API request whose database went away under it is answered 503 with Retry-After, whatever Spring wrapped. */
class DatabaseAwayAnswerTest {

    private final ApiProblemHandler handler =
            new ApiProblemHandler(new ProblemTranslation(ProblemErrorControllerTest.bundles()));

    @Test
    void anImportWhoseRollbackFailedOnTheLostConnectionAnswers503() {
        var lost = new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed.", "08003"));

        ResponseEntity<?> answer = (ResponseEntity<?>) handler.unexpected(lost, apiRequest());

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    }

    @Test
    void aRollbackRefusedByThePoolIsReadThroughTheErrorThatCausedIt() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "An I/O error occurred while sending to the backend", new SQLException("I/O error", "08006")));
        var refused = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        refused.initApplicationException(new IllegalArgumentException("line 3: no plate"));

        assertThat(DatabaseAway.causedBy(rollback)).isTrue();
        assertThat(DatabaseAway.causedBy(refused)).isFalse();
    }

    @Test
    void aServerShuttingDownIsAwayAndAConstraintViolationIsNot() {
        assertThat(DatabaseAway.causedBy(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseAway.causedBy(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseAway.causedBy(null)).isFalse();
    }

    @Test
    void anyOtherFailureOfAnApiRequestStaysA500() {
        ResponseEntity<?> answer = (ResponseEntity<?>) handler.unexpected(new IllegalStateException("x"), apiRequest());

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
    }

    private static MockHttpServletRequest apiRequest() {
        return new MockHttpServletRequest("POST", "/api/v1/records/import");
    }
}
