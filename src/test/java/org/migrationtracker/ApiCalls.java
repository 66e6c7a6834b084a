package org.migrationtracker;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;

/** Calls to the REST API as the test users api-admin, api-helpdesk and api-lead (HTTP Basic or a token), for the API tests. */
public final class ApiCalls {

    public static final String PASSWORD = "Scripted-calls-2026";

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiCalls(int port) {
        this.port = port;
    }

    /** One tracker user per role, named api-admin, api-helpdesk, api-lead; created once. */
    public static void ensureUsers(TrackerUserService users, JdbcTemplate jdbc) {
        MailboxTestData.asAdmin(() -> {
            for (var role : Role.values()) {
                String name = "api-" + role.name().toLowerCase(Locale.ROOT);
                if (users.findAll().stream().noneMatch(u -> u.getUsername().equals(name))) {
                    users.create(name, "API " + role, EnumSet.of(role), PASSWORD);
                    TestUsers.choseOwnPassword(jdbc, name);
                }
            }
        });
    }

    /** @param user null for a call without credentials */
    public HttpResponse<String> send(@Nullable String user, String method, String path, @Nullable String contentType,
                                     @Nullable String body) throws IOException, InterruptedException {
        return http.send(request(user, method, path, contentType, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call with extra headers, given as name, value, name, value... */
    public HttpResponse<String> send(@Nullable String user, String method, String path, @Nullable String contentType,
                                     @Nullable String body, String... headers) throws IOException, InterruptedException {
        var request = request(user, method, path, contentType, body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call with {@code Authorization: Bearer token}, as a script with an API token makes it. */
    public HttpResponse<String> sendWithToken(String token, String method, String path, @Nullable String contentType,
                                              @Nullable String body) throws IOException, InterruptedException {
        var request = request(null, method, path, contentType, body).header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, "GET", path, null, null).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(@Nullable String user, String method, String path, @Nullable String contentType,
                                        @Nullable String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request;
    }
}
