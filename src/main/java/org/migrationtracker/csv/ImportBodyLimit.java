package org.migrationtracker.csv;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.problem.ProblemAnswer;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The byte limit on the import endpoints' bodies ({@code POST /api/v1/…/import}, {@code /api/v1/batches/validate}):
 * a body whose Content-Length is over {@code tracker.import.max-bytes} is answered 413 before a byte of it is read;
 * a chunked body (no Content-Length) is read up to one byte past the limit and answered 413 there. The answer is
 * the API's JSON ({@code {"message": …}}) and closes the connection, so that the rest of the body is not waited
 * for. A body that is not a file (no Content-Type, a form) is answered 415 with what to send. Runs after Spring Security: a caller without credentials learns nothing about limits.
 */
@Component
class ImportBodyLimit extends OncePerRequestFilter {

    private final ImportLimits limits;

    ImportBodyLimit(ImportLimits limits) {
        this.limits = limits;
    }

    static boolean isImport(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith("/api/v1/")
                && (path.endsWith("/import") || path.equals("/api/v1/batches/validate"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isImport(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isFile(request.getContentType())) {
            answer(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, Message.of("import.content-type",
                    request.getContentType() == null ? "none" : request.getContentType()), "");
            return;
        }
        long max = limits.bytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            tooLarge(request, response, max);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response); // the container reads no more than Content-Length
            return;
        }
        var read = BodyInMemory.upTo(request, max);
        if (read == null) {
            tooLarge(request, response, max);
            return;
        }
        chain.doFilter(read, response);
    }

    /** The endpoints take the file as the body: text/csv or application/octet-stream (not a form, not multipart). */
    static boolean isFile(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return FILE_TYPES.stream().anyMatch(file -> file.equalsTypeAndSubtype(type));
        } catch (InvalidMediaTypeException notAType) {
            return false;
        }
    }

    private static final List<MediaType> FILE_TYPES = List.of(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_OCTET_STREAM);

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
        answer(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limits.tooLarge(), ",\"maxBytes\":" + max);
    }

    /** The API's problem detail; the connection is closed, so that the rest of a body is not waited for. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, Message message, String more) throws IOException {
        response.setHeader("Connection", "close");
        ProblemAnswer.write(request, response, status, message.english(), more);
    }
}
