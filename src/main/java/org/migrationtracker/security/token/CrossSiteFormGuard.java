package org.migrationtracker.security.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.problem.ProblemAnswer;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Refuses, with 415, any API call that changes data and carries one of the three media types an HTML form can send
 * across sites without asking the server first (docs/adr/0029). Every other type makes the browser ask (a CORS
 * preflight) and the tracker allows no other origin. Covers calls without a body too (DELETE, a batch's removal).
 */
final class CrossSiteFormGuard extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !READS.contains(request.getMethod()) && formType(contentType)) {
            ProblemAnswer.write(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type " + contentType.split(";")[0].strip()
                    + " is not accepted: send JSON (application/json), or a CSV file as text/csv, as the API documentation says");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean formType(String contentType) {
        try {
            var type = MediaType.parseMediaType(contentType);
            return FORM_TYPES.stream().anyMatch(form -> form.equalsTypeAndSubtype(type));
        } catch (InvalidMediaTypeException unreadable) {
            // a browser form never sends an unreadable type; Spring MVC answers it with 415 later
            return false;
        }
    }
}
