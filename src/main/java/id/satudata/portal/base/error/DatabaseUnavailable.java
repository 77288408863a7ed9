package id.satudata.portal.base.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because PostgreSQL cannot be reached (down, restarting, failing over,
 * pool exhausted) from other errors: those are answered "503, try again shortly"
 * ({@code Retry-After}) by the APIs and with a friendly message in the UI, not as a 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** The message bundle key of the explanation people read. */
    public static final String MESSAGE_KEY = "error.databaseUnavailable";

    /** The explanation machines read (APIs answer in English, as CKAN does). */
    public static final String MESSAGE = "The database is temporarily unavailable; try again in a few seconds";

    private DatabaseUnavailable() {
    }

    /** Whether the error, or anything that caused it, is a lost or refused connection. */
    public static boolean causedBy(@Nullable Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (isConnectionFailure(t)) {
                return true;
            }
            // a rollback on the broken connection failed too: the first failure tells
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        // SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down or
        // is starting
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }

}
