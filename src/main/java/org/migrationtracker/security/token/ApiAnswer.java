package org.migrationtracker.security.token;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The API's JSON error shape, {@code {"message": "..."}}, for answers given before a controller is reached. */
public final class ApiAnswer {

    /** The challenge of a 401: a Bearer one, which no browser answers with a credentials dialog (docs/adr/0029). */
    static final String CHALLENGE = "Bearer realm=\"Migration Tracker\"";

    private ApiAnswer() {
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
