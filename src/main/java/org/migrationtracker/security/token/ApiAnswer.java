package org.migrationtracker.security.token;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.problem.ProblemAnswer;

import java.io.IOException;

/** The API's error shape, a problem detail ({@link ProblemAnswer}), for answers given before a controller is reached. */
public final class ApiAnswer {

    /** The challenge of a 401: a Bearer one, which no browser answers with a credentials dialog (docs/adr/0029). */
    static final String CHALLENGE = "Bearer realm=\"Migration Tracker\"";

    private ApiAnswer() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        ProblemAnswer.write(request, response, status, message);
    }
}
