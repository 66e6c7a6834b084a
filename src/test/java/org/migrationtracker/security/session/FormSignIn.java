package org.migrationtracker.security.session;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A browser without a browser: signs in through the real sign-in form's endpoint ({@code POST /login}) of an
 * instance, keeps the cookies, and asks whether its session still counts as signed in.
 */
public final class FormSignIn {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    public FormSignIn(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends a header with every request from now on (as a reverse proxy would: X-Forwarded-Proto, -For). */
    public FormSignIn with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Opens the sign-in page (which starts a session), then posts the form; returns where it redirects to. */
    public String signIn(String username, String password) {
        get("/login");
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }

    /** Whether a page of the tracker opens (200) rather than sending the visitor to sign in. */
    public boolean isSignedIn() {
        var response = get("/dashboard");
        return response.statusCode() == 200;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The session cookie's value now, if there is one. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        var withHeaders = HttpRequest.newBuilder(request, (name, value) -> true);
        headers.forEach(withHeaders::header);
        try {
            return http.send(withHeaders.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
