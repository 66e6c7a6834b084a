package org.migrationtracker.security.token;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;
import java.util.stream.Collectors;

/** A call with a media type its endpoint does not take: 415 in the API's JSON shape, naming the types it does take. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's problem details handler, which answers the same exception
class ApiMediaTypes {

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String sent = e.getContentType() == null ? "no Content-Type"
                : e.getContentType().getType() + "/" + e.getContentType().getSubtype();
        String accepted = e.getSupportedMediaTypes().stream().map(type -> type.getType() + "/" + type.getSubtype())
                .distinct().collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).header("Accept", accepted)
                .body(Map.of("message", request.getMethod() + " " + request.getRequestURI() + " takes " + accepted
                        + "; this call sent " + sent));
    }
}
