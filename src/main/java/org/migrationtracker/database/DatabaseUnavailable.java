package org.migrationtracker.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.problem.ProblemAnswer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a lost or refused database connection (PostgreSQL stopped or restarting, the network cut) from any other
 * failure, so that screens and the API can say "database unavailable, retrying" instead of showing an error page
 * (docs/adr/0037).
 */
public final class DatabaseUnavailable {

    /** Seconds an API client is told to wait before it calls again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** The API's answer, in the API's JSON shape. */
    public static final String MESSAGE = "The database is unavailable; the tracker retries by itself, call again in a few seconds";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes is a connection that could not be made or was lost. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 (connection exception) and the operator interventions a restart causes: 57P01 admin
     * shutdown or terminated backend, 57P02 crash shutdown, 57P03 cannot connect now (starting up).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** Writes the API's 503 answer with {@code Retry-After}. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ProblemAnswer.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE);
    }
}
