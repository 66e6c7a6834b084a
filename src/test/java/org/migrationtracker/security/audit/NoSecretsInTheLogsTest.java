package org.migrationtracker.security.audit;

import org.migrationtracker.TestUsers;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.session.FormSignIn;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole scenario through the running application, its log made as talkative as a troubleshooter would make it
 * (the tracker and Spring Security at DEBUG, the SQL parameters at TRACE): sign-ins with right and wrong passwords by
 * form and by HTTP Basic, an API token made and used and a made-up one tried, an admin's password reset, and a batch
 * CSV with temporary passwords. None of the passwords, the token's secret or the CSV's passwords is in the
 * application log or in any row of the security log.
 */
@IntegrationTest
class NoSecretsInTheLogsTest {

    private static final String PASSWORD = "Known-Sign-In-Pw-1";
    private static final String CHOSEN = "Chosen-By-Myself-77";
    private static final String WRONG_FORM = "Wrong-Form-Pw-2";
    private static final String WRONG_BASIC = "Wrong-Basic-Pw-3";
    private static final String RESET_TO = "Reset-By-Admin-Pw-4";
    private static final String MADE_UP_TOKEN = "mtk_madeUpTokenThatNobodyIssued0123456789abc";
    private static final Map<String, Level> TALKATIVE = Map.of("org.migrationtracker", Level.DEBUG,
            "org.springframework.security", Level.DEBUG, "org.springframework.jdbc.core", Level.TRACE,
            "org.hibernate.orm.jdbc.bind", Level.TRACE);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.migrationtracker.security.AccountService account;
    @Autowired TrackerUserService users;
    @Autowired ApiTokenService tokens;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;

    private final CapturedLog log = new CapturedLog();
    private final Map<String, Level> levelsBefore = new java.util.HashMap<>();

    static final class CapturedLog extends AppenderBase<ILoggingEvent> {
        final Queue<String> lines = new ConcurrentLinkedQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            var line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
            lines.add(line.toString());
        }
    }

    @BeforeEach
    void listen() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        TALKATIVE.forEach((name, level) -> {
            var logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(level);
        });
        log.setContext(context);
        log.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(log);
        log.stop();
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void no_password_token_or_batch_csv_password_is_in_the_application_log_or_the_security_log() throws Exception {
        long before = SecurityLogRows.lastId(jdbc);
        String name = SecurityLogRows.uniqueName("secret");
        var user = new AtomicReference<TrackerUser>();
        MailboxTestData.asAdmin(() -> user.set(users.create(name, "Secret " + name, EnumSet.of(Role.ADMIN), PASSWORD)));
        TestUsers.choseOwnPassword(jdbc, name);

        // sign-ins: the form and HTTP Basic, right and wrong
        assertThat(new FormSignIn(port).signIn(name, WRONG_FORM)).contains("error");
        var browser = new FormSignIn(port);
        browser.signIn(name, PASSWORD);
        assertThat(browser.isSignedIn()).isTrue();
        assertThat(basic(name, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(basic(name, WRONG_BASIC).statusCode()).isEqualTo(401);

        // an API token made and used, and one nobody made
        var secret = new AtomicReference<String>();
        SecurityLogRows.as(name, "ADMIN", () -> secret.set(tokens.create("secret-test", LocalDate.now().plusDays(3),
                ApiTokenScope.FULL).secret()));
        var api = new ApiCalls(port);
        assertThat(api.sendWithToken(secret.get(), "GET", "/api/v1/mailboxes", null, null).statusCode()).isEqualTo(200);
        assertThat(api.sendWithToken(MADE_UP_TOKEN, "GET", "/api/v1/mailboxes", null, null).statusCode()).isEqualTo(401);

        // an admin resets the password to a known one, and it signs in
        MailboxTestData.asAdmin(() -> users.resetPassword(user.get().getId(), user.get().getVersion(), RESET_TO));
        assertThat(basic(name, RESET_TO).statusCode()).as("to be changed first").isEqualTo(403);
        // the user chooses their own, with the one the admin handed over
        SecurityLogRows.as(name, "ADMIN", () -> account.changeOwnPassword(RESET_TO, CHOSEN));
        assertThat(basic(name, CHOSEN).statusCode()).isEqualTo(200);

        // a batch CSV with temporary passwords, downloaded through the API
        var batchPasswords = batchCsvPasswords(name, secret.get());

        var secrets = new ArrayList<>(List.of(PASSWORD, WRONG_FORM, WRONG_BASIC, RESET_TO, CHOSEN, MADE_UP_TOKEN, secret.get()));
        secrets.addAll(batchPasswords);
        var securityLog = jdbc.queryForList("select concat_ws(' ', at, kind, actor, subject, client_address, instance, detail)"
                + " from security_log where id > ?", String.class, before);
        var applicationLog = List.copyOf(log.lines);

        assertThat(securityLog).as("security log rows written by the scenario").hasSizeGreaterThanOrEqualTo(5)
                .anySatisfy(row -> assertThat(row).contains("SIGN_IN", name, "sign-in form"))
                .anySatisfy(row -> assertThat(row).contains("TOKEN_CREATED", name))
                .anySatisfy(row -> assertThat(row).contains("PASSWORD_RESET", name))
                .anySatisfy(row -> assertThat(row).contains("SIGN_IN_FAILED"));
        assertThat(applicationLog).as("application log lines captured").hasSizeGreaterThan(20)
                .anySatisfy(line -> assertThat(line).contains("org.springframework.jdbc.core"));
        for (String secretValue : secrets) {
            assertThat(securityLog).as("security log").noneSatisfy(row -> assertThat(row).contains(secretValue));
            assertThat(applicationLog).as("application log").noneSatisfy(line -> assertThat(line).contains(secretValue));
        }
    }

    private HttpResponse<String> basic(String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/mailboxes"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Creates a staged batch of ready mailboxes and downloads its CSV with the admin's token; its passwords. */
    private List<String> batchCsvPasswords(String admin, String token) throws Exception {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("update migration_project set single_sign_on = false");
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("inventory.csv", MailboxTestData.inventory(5, "Secrets"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        });
        var api = new ApiCalls(port);
        var created = api.sendWithToken(token, "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Secrets1\",\"startMode\":\"MANUAL\",\"filter\":{\"department\":\"Secrets\",\"readyOnly\":true}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var csv = api.sendWithToken(token, "GET", "/api/v1/batches/Secrets1/csv", null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        var lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("EmailAddress,Password,ForceChangePassword");
        var passwords = new ArrayList<String>();
        for (int i = 1; i < lines.length; i++) {
            passwords.add(lines[i].split(",")[1]);
        }
        assertThat(passwords).as("temporary passwords in the file (" + admin + ")").isNotEmpty()
                .allSatisfy(password -> assertThat(password).hasSizeGreaterThanOrEqualTo(8));
        return passwords;
    }
}
