package org.migrationtracker.security.headers;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.security.session.FormSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter chain (the screens, the API, the calendar feed) sends the same security headers; HSTS and the
 * cookie's Secure flag appear when the request is secure, also when a TLS proxy says so with X-Forwarded-Proto.
 */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    /**
     * The screens' chain twice (the sign-in page Vaadin serves, a redirect Spring Security answers), an API call
     * without credentials, a calendar that does not exist.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/login", "/dashboard", "/api/v1/mailboxes", "/calendar/no-such-secret.ics"})
    void every_chain_sends_the_policy_the_referrer_and_permissions_policies_frame_denial_and_nosniff(String path) {
        var headers = new FormSignIn(port).get(path).headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/dashboard", "/api/v1/mailboxes", "/calendar/no-such-secret.ics"})
    void a_request_forwarded_as_https_gets_hsts_on_every_chain(String path) {
        var headers = new FormSignIn(port).with("X-Forwarded-Proto", "https").get(path).headers();

        assertThat(headers.firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_http_only_and_same_site_lax() {
        var headers = new FormSignIn(port).with("X-Forwarded-Proto", "https").get("/login").headers();

        assertThat(sessionCookie(headers)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void over_plain_http_the_session_cookie_is_not_secure_but_still_http_only_and_same_site_lax() {
        var headers = new FormSignIn(port).get("/login").headers();

        assertThat(sessionCookie(headers)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void the_registry_records_the_client_address_the_proxy_forwarded() {
        var browser = new FormSignIn(port).with("X-Forwarded-Proto", "https").with("X-Forwarded-For", "203.0.113.7");

        browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        assertThat(jdbc.queryForList("select client_address from tracker_session where ended_at is null", String.class))
                .contains("203.0.113.7");
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }
}
