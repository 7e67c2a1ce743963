package org.tangier.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure comes from a database that is away or overloaded (no free connection in time, a restart, a
 * failover) rather than from the request: such a request is answered 503 with Retry-After, never 500. Besides
 * Spring's own kinds, any SQL error of class 08 (connection exception) or 57P01–57P03 (the server shut down or is
 * starting) counts wherever it sits in the chain: the cluster test's PostgreSQL restart once answered an import 500
 * because the rollback after the lost connection failed too ({@code TransactionSystemException: JDBC rollback failed},
 * whose own cause, the pool's "Connection is closed", carries no SQL state: the error that made it roll back does).
 */
final class DatabaseAway {

    private DatabaseAway() {
    }

    static boolean causedBy(Object error) {
        for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            // a failed rollback (the pool's closed connection says nothing of why) keeps the error that caused it
            if (t instanceof TransactionSystemException failed && failed.getApplicationException() != null
                    && causedBy(failed.getApplicationException())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }
}
