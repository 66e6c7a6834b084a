package org.migrationtracker.security.directory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.session.FormSignIn;
import org.migrationtracker.security.session.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real sign-ins, through HTTP Basic on the API and through the sign-in form, to a tracker instance that signs in with
 * the in-memory directory ({@link CorpDirectory}), on the shared test database; the application of the other tests
 * has directory sign-in off, as by default.
 */
@IntegrationTest
class DirectorySignInTest {

    private static final String ADA = "CN=Ada Admin,OU=Staff,DC=corp,DC=example";

    private static CorpDirectory corp;
    private static SecondInstance tracker;
    private static JdbcTemplate database;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int defaultPort;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired DirectorySignIn defaultDirectorySignIn;
    @Autowired AuthenticationManager defaultSignIn;
    @Autowired org.migrationtracker.security.PasswordChecks defaultPasswordChecks;
    @Autowired TrackerUserService users;

    @BeforeAll
    static void startDirectory() throws Exception {
        corp = new CorpDirectory();
    }

    @BeforeEach
    void startTrackerWithDirectory() {
        if (tracker == null) {
            var settings = new java.util.ArrayList<>(List.of(corp.settingsAsProperties()));
            settings.add("tracker.instance-name=directory");
            tracker = new SecondInstance(dataSource, settings.toArray(String[]::new));
            database = jdbc;
        }
    }

    @AfterAll
    static void stop() {
        if (tracker != null) {
            tracker.close();
            database.update("delete from tracker_user where source = 'DIRECTORY'");
        }
        corp.close();
    }

    @Test
    void each_directory_group_gives_its_role_on_the_api() throws Exception {
        // admin only: an empty project is refused as invalid (400) rather than forbidden (403)
        assertThat(call("ada.admin", "ada.admin-password", "PUT", "/api/v1/project", "{}").statusCode()).isEqualTo(400);
        assertThat(call("hal.helpdesk", "hal.helpdesk-password", "PUT", "/api/v1/project", "{}").statusCode()).isEqualTo(403);
        assertThat(call("lea.lead", "lea.lead-password", "PUT", "/api/v1/project", "{}").statusCode()).isEqualTo(403);
        // admins and leads read batches, the helpdesk does not
        assertThat(call("lea.lead", "lea.lead-password", "GET", "/api/v1/batches", null).statusCode()).isEqualTo(200);
        assertThat(call("hal.helpdesk", "hal.helpdesk-password", "GET", "/api/v1/batches", null).statusCode()).isEqualTo(403);
        // admins and the helpdesk write notes (404: no such mailbox), leads do not
        String notes = "/api/v1/mailboxes/nobody@matrix.invalid/notes";
        assertThat(call("hal.helpdesk", "hal.helpdesk-password", "POST", notes, "{}").statusCode()).isEqualTo(404);
        assertThat(call("lea.lead", "lea.lead-password", "POST", notes, "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void a_directory_user_signs_in_through_the_form_with_the_role_of_their_group() {
        var browser = new FormSignIn(tracker.port());

        assertThat(browser.signIn("lea.lead", "lea.lead-password")).doesNotContain("error");
        assertThat(browser.isSignedIn()).isTrue();
        assertThat(jdbc.queryForList("select roles from tracker_session where username = 'lea.lead' and ended_at is null",
                String.class)).isNotEmpty().containsOnly("LEAD");
    }

    @Test
    void a_user_in_no_mapped_group_is_refused_like_a_wrong_password() throws Exception {
        var wrongPassword = call("ada.admin", "not-adas-password", "GET", "/api/v1/mailboxes", null);
        var unmapped = call("una.unmapped", "una.unmapped-password", "GET", "/api/v1/mailboxes", null);
        var noGroup = call("nils.nogroup", "nils.nogroup-password", "GET", "/api/v1/mailboxes", null);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(List.of(unmapped, noGroup)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo(wrongPassword.body());
        });
        var form = new FormSignIn(tracker.port()).signIn("una.unmapped", "una.unmapped-password");
        assertThat(form).isEqualTo(new FormSignIn(tracker.port()).signIn("ada.admin", "not-adas-password")).contains("error");
        assertThat(jdbc.queryForObject("select count(*) from tracker_user where username in ('una.unmapped', 'nils.nogroup')",
                Integer.class)).as("no shadow user for the refused").isZero();
    }

    @Test
    void a_wrong_or_empty_directory_password_is_refused() throws Exception {
        assertThat(call("hal.helpdesk", "hal.helpdesk-wrong", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(401);
        assertThat(call("hal.helpdesk", "", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(401);
        assertThat(call("nobody.known", "any-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(401);
    }

    @Test
    void local_users_still_sign_in_beside_the_directory_and_own_their_name() throws Exception {
        assertThat(call("admin", IntegrationTest.ADMIN_PASSWORD, "PUT", "/api/v1/project", "{}").statusCode()).isEqualTo(400);
        assertThat(new FormSignIn(tracker.port()).signIn("admin", IntegrationTest.ADMIN_PASSWORD)).doesNotContain("error");

        // the directory has an "admin" too, in Migration-Admins: the local account owns the name
        assertThat(call("admin", "admin-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select source from tracker_user where username = 'admin'", String.class)).isEqualTo("LOCAL");
    }

    @Test
    void the_shadow_user_is_made_at_the_first_sign_in_and_follows_the_directory_at_each_one_after() throws Exception {
        assertThat(call("ada.admin", "ada.admin-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(200);
        assertThat(shadow("ada.admin")).isEqualTo("DIRECTORY|Ada Admin|ADMIN|{directory}|true");
        var browser = new FormSignIn(tracker.port());
        assertThat(browser.signIn("ada.admin", "ada.admin-password")).doesNotContain("error");

        corp.addMember(CorpDirectory.LEADS, ADA);
        corp.setDisplayName(ADA, "Ada Lovelace-Admin");
        try {
            assertThat(call("ada.admin", "ada.admin-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(200);
            assertThat(shadow("ada.admin")).isEqualTo("DIRECTORY|Ada Lovelace-Admin|ADMIN,LEAD|{directory}|true");
            assertThat(jdbc.queryForList("select end_reason from tracker_session where username = 'ada.admin' and roles = 'ADMIN'",
                    String.class)).as("the session signed in with the old roles").containsOnly("ROLES_CHANGED");
        } finally {
            corp.removeMember(CorpDirectory.LEADS, ADA);
            corp.setDisplayName(ADA, "Ada Admin");
        }
        assertThat(call("ada.admin", "ada.admin-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(200);
        assertThat(shadow("ada.admin")).as("out of the group, out of the role").isEqualTo("DIRECTORY|Ada Admin|ADMIN|{directory}|true");
    }

    @Test
    void an_admin_who_disables_the_shadow_user_shuts_them_out_though_the_directory_accepts_them() throws Exception {
        assertThat(call("dora.disabled", "dora.disabled-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(200);
        var dora = user("dora.disabled");
        MailboxTestData.asAdmin(() -> users.update(dora.getId(), dora.getVersion(), dora.getDisplayName(), dora.getRoles(), false));

        assertThat(call("dora.disabled", "dora.disabled-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(401);
        assertThat(new FormSignIn(tracker.port()).signIn("dora.disabled", "dora.disabled-password")).contains("error");
        assertThat(shadow("dora.disabled")).endsWith("|false");
    }

    @Test
    void directory_sign_in_is_off_by_default_and_a_shadow_user_has_no_local_password() throws Exception {
        assertThat(defaultDirectorySignIn.provider()).isEmpty();
        // sign-in throttling wraps the checks; without a directory the only one is the local users'
        assertThat(((ProviderManager) defaultSignIn).getProviders()).singleElement()
                .isInstanceOf(org.migrationtracker.security.login.ThrottledSignIn.class);
        assertThat(defaultPasswordChecks.providers()).singleElement().isInstanceOf(DaoAuthenticationProvider.class);

        assertThat(call("hal.helpdesk", "hal.helpdesk-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(200);
        // the instance without a directory: the shadow user is not found, rather than its "{directory}" hash failing
        assertThat(call(defaultPort, "hal.helpdesk", "hal.helpdesk-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(401);
        assertThat(call(defaultPort, "hal.helpdesk", "{directory}", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_directory_users_roles_and_password_are_not_changed_in_the_tracker() throws Exception {
        assertThat(call("lea.lead", "lea.lead-password", "GET", "/api/v1/mailboxes", null).statusCode()).isEqualTo(200);
        var lea = user("lea.lead");

        MailboxTestData.asAdmin(() -> {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> users.resetPassword(lea.getId(), lea.getVersion(), "a-long-new-password")))
                    .hasMessage("'lea.lead' signs in with Active Directory: the password is changed in the directory, not here");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> users.update(lea.getId(), lea.getVersion(), lea.getDisplayName(),
                    EnumSet.of(Role.ADMIN), true))).hasMessage("'lea.lead' signs in with Active Directory: change the name and the groups in the directory");
        });
        assertThat(shadow("lea.lead")).isEqualTo("DIRECTORY|Lea Lead|LEAD|{directory}|true");
    }

    private TrackerUser user(String username) {
        var found = new AtomicReference<TrackerUser>();
        MailboxTestData.asAdmin(() -> found.set(users.findAll().stream().filter(u -> u.getUsername().equals(username))
                .findFirst().orElseThrow()));
        return found.get();
    }

    private String shadow(String username) {
        return jdbc.queryForObject("""
                select u.source || '|' || u.display_name || '|'
                       || (select string_agg(r.role, ',' order by r.role) from tracker_user_role r where r.user_id = u.id)
                       || '|' || u.password_hash || '|' || u.enabled
                from tracker_user u where u.username = ?""", String.class, username);
    }

    private HttpResponse<String> call(String user, String password, String method, String path, String body) throws Exception {
        return call(tracker.port(), user, password, method, path, body);
    }

    private HttpResponse<String> call(int port, String user, String password, String method, String path, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
