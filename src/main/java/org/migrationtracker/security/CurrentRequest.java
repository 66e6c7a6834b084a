package org.migrationtracker.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request this thread serves, for the address and the path the security log names; none outside one. */
public final class CurrentRequest {

    private CurrentRequest() {
    }

    public static @Nullable HttpServletRequest get() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest() : null;
    }

    /** The client's address as the application sees it (behind a proxy: the forwarded one), or none. */
    public static @Nullable String clientAddress() {
        var request = get();
        return request == null ? null : request.getRemoteAddr();
    }
}
