package org.migrationtracker.security.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.problem.ProblemAnswer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.migrationtracker.csv.BodyInMemory;
import org.migrationtracker.csv.ImportLimits;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * Runs an API write call sent with an {@code Idempotency-Key} once: the first call runs and its answer is kept; a
 * retry with the same key and request gets that answer again with {@code Idempotent-Replayed: true}; the same key
 * with another request is refused (422), as is a retry while the first still runs (409). Calls without the header
 * run as before. Sits after authorization, so that a replay is given only to a user who may make the call now.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    private final IdempotencyKeys keys;
    private final ImportLimits limits;

    IdempotencyFilter(IdempotencyKeys keys, ImportLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(IdempotentRequest.HEADER) == null || !IdempotentRequest.isWrite(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(IdempotentRequest.HEADER).strip();
        var refusal = IdempotentRequest.refusal(key);
        if (refusal != null) {
            ProblemAnswer.write(request, response, HttpServletResponse.SC_BAD_REQUEST, refusal);
            return;
        }
        // a body is held in memory to hash it: never one over the upload limit (docs/adr/0035)
        long max = limits.bytes();
        if (request.getContentLengthLong() > max) {
            chain.doFilter(request, response); // the import limit answers 413 without reading it
            return;
        }
        var buffered = BodyInMemory.upTo(request, max);
        if (buffered == null) {
            ProblemAnswer.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limits.tooLarge().english());
            return;
        }
        var idempotent = IdempotentRequest.of(key, request.getMethod(), request.getRequestURI(), request.getQueryString(),
                buffered.body());
        String user = authentication.getName();
        switch (keys.claim(user, idempotent)) {
            case Claim.First first -> runFirst(buffered, response, chain, user, key);
            case Claim.Replay(var answer) -> replay(response, answer);
            case Claim.OtherRequest other -> ProblemAnswer.write(request, response, 422, "This Idempotency-Key was already used "
                    + "for a different request (method, path or body); send a new key with a new request");
            case Claim.StillRunning running -> ProblemAnswer.write(request, response, HttpServletResponse.SC_CONFLICT,
                    "The first call with this Idempotency-Key is still running; retry when it has answered");
        }
    }

    private void runFirst(BodyInMemory request, HttpServletResponse response, FilterChain chain, String user, String key)
            throws ServletException, IOException {
        var recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            if (StoredAnswer.keeps(status)) {
                keys.finished(user, key, new StoredAnswer(status, recorded.getContentType(), recorded.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(user, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(IdempotentRequest.REPLAYED, "true");
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
