package org.migrationtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.io.IOException;

/**
 * An {@code /api/...} path that no operation serves answers 404 with a JSON body. Without this filter, Vaadin's
 * servlet, which takes every path Spring MVC does not, answered it with the app's HTML page and 200 (issue 17). A path
 * that an operation serves for another method or media type is left to Spring MVC, which answers 405 or 415.
 * Runs after authorization: a caller without credentials still gets 401.
 */
final class UnknownApiPaths extends OncePerRequestFilter {

    private final HandlerMapping operations;

    /** @param operations Spring MVC's mapping of the controllers' operations ({@code requestMappingHandlerMapping}) */
    UnknownApiPaths(HandlerMapping operations) {
        this.operations = operations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (served(request)) {
            chain.doFilter(request, response);
        } else {
            ApiErrors.notFound(request, response, "No API operation at " + request.getMethod() + " " + request.getRequestURI()
                    + ": the operations are listed at /v3/api-docs");
        }
    }

    private boolean served(HttpServletRequest request) {
        RequestPath before = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return operations.getHandler(request) != null;
        } catch (Exception otherMethodOrMediaType) {
            return true; // the path is served, not like this: Spring MVC says how (405, 415, 406)
        } finally {
            if (before == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(before, request);
            }
        }
    }
}
