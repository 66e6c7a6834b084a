package org.migrationtracker.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.problem.ProblemAnswer;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every error the API answers is an RFC 9457 problem detail ({@code application/problem+json}), whichever handler
 * made it: an operation's own refusal (a record such as {@code CsvRefusal}), Spring MVC's (405, 400), or Spring Boot's
 * error page for an exception nobody handled. The error's own fields stay, beside the problem's: {@code message} (the
 * same text as {@code detail}, for the scripts that read it), a CSV refusal's {@code problems} with their line, column
 * and field, the {@code reasons} of a refused batch. The filters that answer before Spring MVC (401, 403, 404, 503)
 * write the same shape ({@link ApiErrors}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems implements ResponseBodyAdvice<Object> {

    /** The problem's own members: an error's field of the same name does not overwrite them. */
    private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType selected,
                                            Class<? extends HttpMessageConverter<?>> converterType,
                                            ServerHttpRequest request, ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servletRequest)
                || !(response instanceof ServletServerHttpResponse servletResponse)) {
            return body;
        }
        int status = servletResponse.getServletResponse().getStatus();
        String path = apiPath(servletRequest.getServletRequest());
        // JSON or a JSON-suffixed type (application/problem+json): a file download's error is left as it is
        boolean json = "json".equals(selected.getSubtype()) || "json".equals(selected.getSubtypeSuffix());
        if (status < 400 || path == null || body instanceof byte[] || body instanceof String || !json) {
            return body;
        }
        var problem = body instanceof ProblemDetail given ? given : problem(status, body);
        if (problem.getType() == null) {
            problem.setType(URI.create("about:blank"));
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(path));
        }
        if (problem.getDetail() != null && (problem.getProperties() == null || !problem.getProperties().containsKey("message"))) {
            // Spring MVC's own problems too: scripts read the message under its older name
            problem.setProperty("message", problem.getDetail());
        }
        response.getHeaders().setContentType(ProblemAnswer.acceptsProblems(servletRequest.getServletRequest())
                ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON);
        return problem;
    }

    private ProblemDetail problem(int status, @Nullable Object body) {
        var problem = ProblemDetail.forStatus(status);
        problem.setTitle(ProblemAnswer.title(status));
        if (body == null) {
            return problem;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonNode tree = json.valueToTree(body);
        if (tree.isObject()) {
            tree.properties().forEach(field -> fields.put(field.getKey(), json.convertValue(field.getValue(), Object.class)));
        } else {
            // an error body that is not an object (a list, a number) is kept whole under one member
            fields.put("errors", json.convertValue(tree, Object.class));
        }
        if (fields.get("message") instanceof String message) {
            problem.setDetail(message);
        } else if (fields.get("error") instanceof String error && fields.containsKey("timestamp")) {
            // Spring Boot's error page for an exception nobody handled: its fields name the status and path again
            fields.remove("status");
            fields.remove("path");
            fields.remove("error");
            problem.setDetail(error);
        }
        fields.forEach((name, value) -> {
            if (!MEMBERS.contains(name)) {
                problem.setProperty(name, value);
            }
        });
        return problem;
    }

    /** The request's path when it is an API call (or the error page rendering one), else null. */
    private static @Nullable String apiPath(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
            uri = original.substring(request.getContextPath().length());
        }
        return uri.startsWith("/api/") ? uri : null;
    }
}
