package org.migrationtracker.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * API calls that fail because the database cannot be reached answer 503 with {@code Retry-After} and a JSON message
 * instead of a 500; it sits before Spring Security, so a failure while checking credentials is caught as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            if (!DatabaseUnavailable.isCause(failed) || response.isCommitted()) {
                throw failed;
            }
            log.warn("{} {} answered 503: the database is unavailable ({})", request.getMethod(),
                    request.getRequestURI(), failed.getMessage());
            DatabaseUnavailable.answer(request, response);
        }
    }
}
