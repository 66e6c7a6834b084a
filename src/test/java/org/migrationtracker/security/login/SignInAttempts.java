package org.migrationtracker.security.login;

import org.migrationtracker.TestUsers;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.session.FormSignIn;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Sign-ins as a client at one address of its own (sent as {@code X-Forwarded-For}, which Tomcat takes from loopback),
 * so a test's failures lock nobody else's address: HTTP Basic on the API and the sign-in form.
 */
public final class SignInAttempts {

    public static final String PASSWORD = "a-long-password";
    /** A GET that every role may call. */
    static final String API_PATH = "/api/v1/project";

    private final int port;
    private final String address;
    private final HttpClient http = HttpClient.newHttpClient();

    public SignInAttempts(int port) {
        this(port, newAddress());
    }

    SignInAttempts(int port, String address) {
        this.port = port;
        this.address = address;
    }

    /** A documentation address (2001:db8::/32) no other test uses. */
    static String newAddress() {
        var random = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(4, 8) + "::" + random.substring(8, 12);
    }

    public String address() {
        return address;
    }

    /** The same client at another address. */
    SignInAttempts elsewhere() {
        return new SignInAttempts(port);
    }

    /** A call to the API with HTTP Basic. */
    public HttpResponse<String> basic(String username, String password) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + API_PATH))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", address).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** {@code times} wrong passwords over Basic; each must be refused. */
    public void wrongPasswords(String username, int times) {
        for (int i = 0; i < times; i++) {
            var response = basic(username, "not-" + PASSWORD + "-" + i);
            if (response.statusCode() != 401) {
                throw new IllegalStateException("wrong password " + i + " answered " + response.statusCode());
            }
        }
    }

    /** A browser at this address that posts the sign-in form. */
    FormSignIn browser() {
        return new FormSignIn(port).with("X-Forwarded-For", address);
    }

    /** A new helpdesk user whose password is {@link #PASSWORD}. */
    public static TrackerUser newUser(TrackerUserService users, JdbcTemplate jdbc) {
        var created = new TrackerUser[1];
        MailboxTestData.asAdmin(() -> created[0] = users.create("u" + UUID.randomUUID().toString().substring(0, 8),
                "Sign-in Test", EnumSet.of(Role.HELPDESK), PASSWORD));
        TestUsers.choseOwnPassword(jdbc, created[0].getUsername());
        return created[0];
    }

    /** As if {@code time} had passed for these user names and addresses: their windows and locks move back. */
    static void timePasses(JdbcTemplate jdbc, Duration time, String... keys) {
        for (var key : keys) {
            jdbc.update("update login_failure set window_start = window_start - make_interval(secs => ?), "
                    + "locked_until = locked_until - make_interval(secs => ?) where key = ?",
                    time.toMillis() / 1000.0, time.toMillis() / 1000.0, key);
        }
    }
}
