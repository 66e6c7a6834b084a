package org.migrationtracker.security.token;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client whose request runs on this thread, for the security log; none outside a request. */
final class ClientAddress {

    private ClientAddress() {
    }

    static @Nullable String ofCurrentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : null;
    }
}
