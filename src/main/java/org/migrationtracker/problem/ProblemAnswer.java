package org.migrationtracker.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;

/**
 * An API error answered by a filter, before Spring MVC: an RFC 9457 problem detail with the message also under its
 * older name {@code message}, which scripts written before the problem details read.
 */
public final class ProblemAnswer {

    private ProblemAnswer() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        write(request, response, status, message, "");
    }

    /** @param more further members, already JSON, each after a comma: {@code ,"maxBytes":1024} */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message,
                             String more) throws IOException {
        response.setStatus(status);
        response.setContentType(acceptsProblems(request) ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String detail = quoted(message);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + quoted(title(status))
                + ",\"status\":" + status + ",\"detail\":" + detail + ",\"instance\":" + quoted(path)
                + ",\"message\":" + detail + more + "}");
    }

    /** The problem's title: the status's reason phrase. */
    public static String title(int status) {
        var reason = HttpStatus.resolve(status);
        return reason == null ? "Error " + status : reason.getReasonPhrase();
    }

    /** A client that asked only for {@code application/json} gets the same body under that type. */
    public static boolean acceptsProblems(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.includes(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    /** The text as a JSON string. */
    private static String quoted(String text) {
        var quoted = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
