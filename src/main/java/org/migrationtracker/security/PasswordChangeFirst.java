package org.migrationtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The API refuses a password an admin set until its user chose their own on the screens (an API token is not a
 * password and is not refused).
 */
class PasswordChangeFirst extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (PasswordChange.isRequired(SecurityContextHolder.getContext().getAuthentication())) {
            ApiErrors.passwordChangeRequired(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
