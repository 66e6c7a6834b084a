package org.migrationtracker.plan.api;

import org.migrationtracker.TestUsers;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Outlook fetches the plan's calendar from a subscription URL without a login; only the current URL works. */
@IntegrationTest
class CalendarSubscriptionTest {

    private static final String OFF_USER = "calendar-leaver";
    private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    private ApiCalls api;
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @BeforeEach
    void users() {
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
    }

    @AfterEach
    void removeSubscriptions() {
        jdbc.update("delete from calendar_subscription where username in ('api-admin', 'api-helpdesk', 'api-lead', ?)", OFF_USER);
        jdbc.update("delete from tracker_user where username = ?", OFF_USER);
    }

    private String subscribe(String user) throws Exception {
        var made = api.send(user, "POST", "/api/v1/plan/calendar/subscription", null, null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        var url = URL.matcher(made.body());
        assertThat(url.find()).isTrue();
        assertThat(made.body()).contains("\"webcalUrl\":\"webcal://localhost:" + port + "/calendar/");
        return url.group(1);
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_subscription_url_answers_without_a_login_with_a_calendar_no_proxy_may_keep() throws Exception {
        String url = subscribe("api-helpdesk");

        var calendar = fetch(url);

        assertThat(url).matches("http://localhost:" + port + "/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=utf-8"));
        assertThat(calendar.headers().firstValue("Cache-Control")).hasValue("max-age=300, private");
        assertThat(calendar.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(new CalendarBuilder().build(new StringReader(calendar.body())).getProperty("PRODID")).isPresent();
        assertThat(jdbc.queryForObject("select token_hash from calendar_subscription where username = 'api-helpdesk'", String.class))
                .matches("[0-9a-f]{64}").isNotEqualTo(url.substring(url.lastIndexOf('/') + 1, url.length() - 4));
    }

    @Test
    void a_wrong_token_is_a_bare_404_not_a_sign_in_page() throws Exception {
        subscribe("api-helpdesk");

        var wrong = fetch("http://localhost:" + port + "/calendar/" + "A".repeat(43) + ".ics");
        var garbage = fetch("http://localhost:" + port + "/calendar/not-a-token.ics");

        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).isEmpty();
        assertThat(wrong.headers().firstValue("Location")).isEmpty();
        assertThat(garbage.statusCode()).isEqualTo(404);
        assertThat(garbage.body()).isEmpty();
        var elsewhere = fetch("http://localhost:" + port + "/calendar/something-else");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void after_renewal_the_old_url_is_404_and_the_new_one_works_and_after_revoking_none() throws Exception {
        String old = subscribe("api-lead");
        String renewed = subscribe("api-lead");

        assertThat(renewed).isNotEqualTo(old);
        assertThat(fetch(old).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);
        assertThat(api.send("api-lead", "GET", "/api/v1/plan/calendar/subscription", null, null).body())
                .isEqualTo("{\"subscribed\":true}");

        assertThat(api.send("api-lead", "DELETE", "/api/v1/plan/calendar/subscription", null, null).statusCode()).isEqualTo(204);
        assertThat(fetch(renewed).statusCode()).isEqualTo(404);
    }

    @Test
    void the_url_of_a_user_who_may_no_longer_sign_in_is_404_and_stays_so_when_they_are_enabled_again() throws Exception {
        MailboxTestData.asAdmin(() -> users.create(OFF_USER, "Leaver", EnumSet.of(Role.LEAD), ApiCalls.PASSWORD));
        TestUsers.choseOwnPassword(jdbc, OFF_USER);
        String url = subscribe(OFF_USER);
        assertThat(fetch(url).statusCode()).isEqualTo(200);

        MailboxTestData.asAdmin(() -> {
            var user = users.findAll().stream().filter(u -> u.getUsername().equals(OFF_USER)).findFirst().orElseThrow();
            users.update(user.getId(), user.getVersion(), user.getDisplayName(), user.getRoles(), false);
        });

        assertThat(fetch(url).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from calendar_subscription where username = ?", Integer.class, OFF_USER))
                .as("disabling ends the subscription").isZero();
        MailboxTestData.asAdmin(() -> {
            var user = users.findAll().stream().filter(u -> u.getUsername().equals(OFF_USER)).findFirst().orElseThrow();
            users.update(user.getId(), user.getVersion(), user.getDisplayName(), user.getRoles(), true);
        });
        assertThat(fetch(url).statusCode()).as("enabled again, the old URL stays dead").isEqualTo(404);
    }

    @Test
    void a_signed_in_caller_downloads_the_calendar_as_an_attachment() throws Exception {
        var ics = api.send("api-helpdesk", "GET", "/api/v1/plan/calendar.ics", null, null);
        var withoutLogin = api.send(null, "GET", "/api/v1/plan/calendar.ics", null, null);

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(ics.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"migration-plan.ics\"");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:");
        assertThat(withoutLogin.statusCode()).isEqualTo(401);
    }
}
