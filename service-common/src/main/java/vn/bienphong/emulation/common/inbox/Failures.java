package vn.bienphong.emulation.common.inbox;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import vn.bienphong.emulation.common.events.UnprocessableEventException;

/**
 * Tells failures apart: an event that can never be applied ({@link UnprocessableEventException}:
 * malformed, an unknown type, data that breaks the contract) goes to the dead-letter topic; a
 * transient failure (the database or the broker unavailable, a lock or statement timeout, a
 * serialization failure or deadlock) is retried until it passes, never dead-lettered.
 */
public final class Failures {

    /** SQLSTATE classes and codes that pass by themselves: connection (08), transaction rollback (40), resources (53), operator intervention (57), lock not available (55P03). */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final Set<String> TRANSIENT_CODES = Set.of("55P03", "55006", "25P03", "25P04");
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "jakarta.persistence.LockTimeoutException", "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException", "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException", "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.PessimisticLockException", "org.hibernate.QueryTimeoutException");

    private Failures() {
    }

    public static boolean isUnprocessable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnprocessableEventException) {
                return true;
            }
        }
        return false;
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof IOException
                    || t instanceof TimeoutException || TRANSIENT_TYPES.contains(t.getClass().getName())
                    || t instanceof org.apache.kafka.common.errors.RetriableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (TRANSIENT_CODES.contains(state)
                        || state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && (message.contains("Acquisition timeout") || message.contains("This connection has been closed"))) {
                    return true; // the pool could not hand out a connection: the database is away or overloaded
                }
            }
        }
        return false;
    }

    /** The innermost useful message, never "null". */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getMessage() == null || cause.getMessage().isBlank() || cause.getClass().getName().startsWith("java.util.concurrent")
                || cause.getClass().getName().startsWith("jakarta.transaction") || cause.getClass().getName().startsWith("io.quarkus.narayana"))) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause instanceof UnprocessableEventException ? message
                : cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
