package org.migrationtracker.security.login;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request this thread serves, for the address and the path the security log names; none outside one. */
final class CurrentRequest {

    private CurrentRequest() {
    }

    static @Nullable HttpServletRequest get() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest() : null;
    }

    static @Nullable String clientAddress() {
        var request = get();
        return request == null ? null : request.getRemoteAddr();
    }
}
