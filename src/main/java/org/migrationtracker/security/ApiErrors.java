package org.migrationtracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.database.DatabaseUnavailable;
import org.migrationtracker.problem.ProblemAnswer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.io.IOException;

/** JSON answers for API calls without valid credentials, without the role, or to a path no operation serves. */
final class ApiErrors {

    private ApiErrors() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (DatabaseUnavailable.isCause(e)) {
            // the credentials could not be checked: not the caller's fault, and worth calling again soon
            DatabaseUnavailable.answer(request, response);
            return;
        }
        // a Bearer challenge: a Basic one would make browsers ask for and cache a password for cross-site forms to use
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Migration Tracker\"");
        ProblemAnswer.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                "Sign in: send an API token (Authorization: Bearer, made under My account → API tokens) or a tracker user's password (HTTP Basic)");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        ProblemAnswer.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Your role may not do this: admins change data, the project lead also the plan, helpdesk adds notes");
    }

    static void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemAnswer.write(request, response, HttpServletResponse.SC_FORBIDDEN, "An admin set your password: sign in to the tracker and choose your own under "
                + "My account before you use it here");
    }

    static void notFound(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        ProblemAnswer.write(request, response, HttpServletResponse.SC_NOT_FOUND, message);
    }
}
