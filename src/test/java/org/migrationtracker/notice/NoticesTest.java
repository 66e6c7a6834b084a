package org.migrationtracker.notice;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.HistoryEntry;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxNotices;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notices against a real SMTP server in the test JVM (GreenMail) and a pinned clock: each kind goes at its moment,
 * once, in its reader's language, with its placeholders filled and the move window as a valid .ics; the minute's budget
 * holds; a failure is retried and shown; a second instance sends nothing again; a mailed password is in its message
 * and nowhere else. (A context of its own, with SMTP configured; Vaadin installs each context's security context
 * strategy globally: the shared test context gets its own back when this one is closed.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.notices.per-minute=2", "tracker.notices.max-attempts=3", "tracker.notices.from=migration@contoso.com"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
@WithMockUser(username = "ada", roles = "ADMIN")
class NoticesTest {

    private static final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    private static final int SMTP_PORT = freePort();
    private static final ZoneId ZONE = ZoneId.systemDefault();
    /** Today at 10:00: the batch is planned to start in 8 days. */
    private static final Instant START = LocalDate.now(ZONE).atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
    static final MovableClock clock = new MovableClock(START);
    private static GreenMail smtp = smtp();

    static Clock clock() {
        return clock;
    }

    @TestBean(name = "clock", methodName = "clock")
    Clock pinned;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired NoticeSchedule schedule;
    @Autowired NoticeService notices;
    @Autowired BatchService batches;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits edits;
    @Autowired MailboxSearch mailboxes;
    @Autowired JdbcTemplate jdbc;

    private LocalDate plannedStart;

    @BeforeEach
    void pilotBatchOfThreeUsersAndARoom() {
        if (!smtp.isRunning()) {
            smtp = smtp();
        }
        smtp.reset();
        clock.set(START);
        jdbc.execute("truncate notice, notice_template restart identity");
        jdbc.update("update notice_settings set automatic = true, announcement_days = 7, reminder_days = 3, default_language = 'en'");
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(this::pilot);
    }

    private void pilot() {
        imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,RecipientTypeDetails,Languages,Database
                Anne Dahl,anne@contoso.com,UserMailbox,da-DK,DB01
                Sven Berg,sven@contoso.com,UserMailbox,sv-SE,DB01
                Noor Smit,noor@contoso.com,UserMailbox,,DB01
                Meeting Room,room1@contoso.com,RoomMailbox,,DB01
                """.getBytes(StandardCharsets.UTF_8));
        edits.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        edits.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        plannedStart = LocalDate.now(clock).plusDays(8);
        batches.create(new BatchDraft("Pilot", StartMode.MANUAL, plannedStart, "", "", plannedStart.plusDays(1)),
                BulkTarget.matching(MailboxFilter.all()), false);
    }

    @AfterEach
    void scheduleOff() {
        jdbc.update("update notice_settings set automatic = false");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @Test
    void the_announcement_goes_the_configured_days_before_the_planned_start_once_in_each_readers_language_with_the_move_window() throws Exception {
        assertThat(schedule.queueDue()).as("8 days before: not yet").isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(schedule.queueDue()).as("7 days before: the three people, not the room").isEqualTo(3);
        var sent = drain();

        assertThat(sent).extracting(Mails::to).containsExactlyInAnyOrder("anne@contoso.com", "sven@contoso.com", "noor@contoso.com");
        var byTo = sent.stream().collect(Collectors.toMap(Mails::to, Function.identity()));
        var anne = byTo.get("anne@contoso.com");
        String danishDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.of("da")).format(plannedStart);
        assertThat(anne.language()).isEqualTo("da");
        assertThat(anne.subject()).isEqualTo("Din postkasse flytter til Microsoft 365 den " + danishDay);
        assertThat(anne.text()).contains("Hej Anne Dahl", "Din postkasse anne@contoso.com flytter til Microsoft 365 den " + danishDay,
                "en ny Outlook-profil");
        assertThat(anne.html()).contains("<strong>" + danishDay + "</strong>").doesNotContain("{{");
        assertThat(byTo.get("sven@contoso.com").subject()).startsWith("Din postlåda flyttar till Microsoft 365 den ");
        assertThat(byTo.get("noor@contoso.com").subject()).as("no language of her own: the default")
                .isEqualTo("Your mailbox moves to Microsoft 365 on "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(plannedStart));

        var calendar = new CalendarBuilder().build(new StringReader(anne.calendar()));
        calendar.validate();
        VEvent move = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(move.getDateTimeStart().getValue()).isEqualTo(plannedStart.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(move.getDateTimeEnd().getValue()).as("the planned end is the window's last day")
                .isEqualTo(plannedStart.plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(move.getSummary().getValue()).isEqualTo("Din postkasse flytter til Microsoft 365");

        clock.advance(Duration.ofDays(1));
        assertThat(schedule.queueDue()).as("once per mailbox and kind").isZero();
        assertThat(drain()).isEmpty();
    }

    @Test
    void moves_tonight_goes_when_the_batch_starts_and_the_welcome_letter_when_the_mailbox_completes_saying_what_to_do() throws Exception {
        jdbc.update("update notice_settings set announcement_days = 1");
        clock.advance(Duration.ofDays(8));
        start("Pilot");
        clock.advance(Duration.ofMinutes(5));
        assertThat(schedule.queueDue()).as("the started batch's people (no announcement: its day was the start)").isEqualTo(3);
        var tonight = drain();
        assertThat(tonight).extracting(Mails::subject).containsExactlyInAnyOrder("Din postkasse flytter i nat", "Din postlåda flyttar i natt",
                "Your mailbox moves tonight");

        clock.advance(Duration.ofHours(30));
        var version = batches.find("Pilot").orElseThrow().batch().getVersion();
        batches.markSynced("Pilot", version);
        batches.complete("Pilot", batches.find("Pilot").orElseThrow().batch().getVersion());
        assertThat(schedule.queueDue()).isEqualTo(3);
        var welcome = drain().stream().collect(Collectors.toMap(Mails::to, Function.identity()));
        var anne = welcome.get("anne@contoso.com");
        assertThat(anne.subject()).isEqualTo("Velkommen til din nye postkasse i Microsoft 365");
        // staged, no single sign-on: the helpdesk card's own lines, in Danish
        assertThat(anne.text()).contains("- " + Message.of("guide.todo.new-profile").in(Locale.of("da")),
                "- " + Message.of("guide.todo.sign-in-temporary").in(Locale.of("da")),
                "- " + Message.of("guide.todo.mail-staged").in(Locale.of("da")));
        assertThat(welcome.get("noor@contoso.com").text()).contains("- " + Message.of("guide.todo.new-profile").in(Locale.ENGLISH));

        var history = mailboxes.history(mailboxes.findByAddress("anne@contoso.com").orElseThrow().id());
        assertThat(history).filteredOn(e -> e.field().equals(MailboxNotices.FIELD)).extracting(HistoryEntry::newValue)
                .containsExactly("WELCOME da SENT", "MOVING_TONIGHT da SENT");
        assertThat(history.getFirst().after().in(Locale.ENGLISH)).isEqualTo("Welcome letter, in Danish: sent");
        assertThat(history.getFirst().actor()).isEqualTo("schedule");
    }

    @Test
    void the_outlook_reminder_goes_days_after_the_welcome_letter_to_those_whose_profile_is_not_reconfigured() throws Exception {
        completePilot();
        var noor = mailboxes.findByAddress("noor@contoso.com").orElseThrow();
        edits.markOutlookProfileReconfigured(noor.id(), noor.version(), true);

        var welcomeDay = LocalDate.now(clock);
        assertThat(notices.dueNext()).as("the reminders show as due next").anySatisfy(due -> {
            assertThat(due.kind()).isEqualTo(NoticeKind.REMINDER);
            assertThat(due.batchName()).isEqualTo("Pilot");
            assertThat(due.on()).isEqualTo(welcomeDay.plusDays(3));
            assertThat(due.users()).isEqualTo(2);
        });
        clock.advance(Duration.ofDays(2));
        assertThat(schedule.queueDue()).as("2 days after the welcome letter: not yet").isZero();
        clock.advance(Duration.ofDays(1).plusHours(1));
        assertThat(schedule.queueDue()).isEqualTo(2);
        assertThat(drain()).extracting(Mails::to).containsExactlyInAnyOrder("anne@contoso.com", "sven@contoso.com");
    }

    @Test
    void sending_keeps_to_the_minutes_budget_across_ticks() {
        clock.advance(Duration.ofDays(1));
        schedule.queueDue();

        assertThat(schedule.sendDue()).isEqualTo(2);
        assertThat(schedule.sendDue()).as("the same minute: the budget of 2 is spent").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(schedule.sendDue()).as("30 s later: still within the minute").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        clock.advance(Duration.ofSeconds(31));
        assertThat(schedule.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void an_smtp_failure_is_retried_with_backoff_and_shown_until_it_goes(CapturedOutput output) {
        var anne = mailboxes.findByAddress("anne@contoso.com").orElseThrow();
        assertThat(notices.send(NoticeKind.FREE, List.of(anne.id()), false).queued()).isEqualTo(1);
        smtp.stop();

        assertThat(schedule.sendDue()).isEqualTo(1);
        var retrying = notices.page(NoticeQuery.ALL, 0, 10).getFirst();
        assertThat(retrying.status()).isEqualTo(NoticeStatus.RETRYING);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastError()).isNotBlank();
        assertThat(retrying.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(output.getOut()).contains("(FREE) to anne@contoso.com failed, attempt 1 of 3, next at");

        clock.advance(Duration.ofSeconds(61));
        assertThat(schedule.sendDue()).isEqualTo(1);
        assertThat(notices.find(retrying.id()).orElseThrow().nextAttemptAt()).as("the second wait is twice the first")
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        smtp = smtp();
        clock.advance(Duration.ofSeconds(30));
        assertThat(schedule.sendDue()).as("not due before its time").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(schedule.sendDue()).isEqualTo(1);
        var sent = notices.find(retrying.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_notice_that_fails_every_try_gives_up_and_the_users_history_says_so() {
        var sven = mailboxes.findByAddress("sven@contoso.com").orElseThrow();
        notices.send(NoticeKind.FREE, List.of(sven.id()), false);
        smtp.stop();
        for (int i = 0; i < 3; i++) {
            schedule.sendDue();
            clock.advance(Duration.ofMinutes(10));
        }
        var failed = notices.page(NoticeQuery.ALL, 0, 10).getFirst();
        assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(mailboxes.history(sven.id())).extracting(HistoryEntry::newValue).contains("FREE sv FAILED");
    }

    @Test
    void a_second_instance_on_the_same_database_sends_nothing_again() throws Exception {
        clock.advance(Duration.ofDays(1));
        schedule.queueDue();
        drain();
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        try (var second = new org.migrationtracker.security.session.SecondInstance(jdbc.getDataSource(),
                "tracker.instance-name=instance-b", "spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT)) {
            var other = second.bean(NoticeSchedule.class);
            jdbc.update("update notice_settings set announcement_days = 60");
            assertThat(other.queueDue()).as("its announcements were queued by the first").isZero();
            assertThat(other.sendDue()).isZero();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from notice", Integer.class)).isEqualTo(3);
    }

    @Test
    void a_mailed_temporary_password_is_in_its_message_and_in_no_table_and_no_log(CapturedOutput output) throws Exception {
        String csv = new String(batches.exportCsvMailingPasswords("Pilot"), StandardCharsets.UTF_8);
        Map<String, String> passwords = csv.lines().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(row -> row[0], row -> row[1]));
        assertThat(passwords).hasSize(4);

        var sent = drain();
        assertThat(sent).hasSize(3);
        for (var mail : sent) {
            assertThat(mail.text()).contains(passwords.get(mail.to()));
            assertThat(mail.calendar()).isNotBlank();
        }
        var kept = notices.page(NoticeQuery.ALL, 0, 10);
        assertThat(kept).allSatisfy(notice -> {
            assertThat(notice.withPassword()).isTrue();
            assertThat(notice.body()).contains(NoticeComposer.MASKED);
        });
        var tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("notice", "mailbox", "mailbox_history", "batch_history");
        for (var password : passwords.values()) {
            for (var table : tables) {
                Integer rows = jdbc.queryForObject("select count(*) from \"" + table + "\" t where strpos(t::text, ?) > 0", Integer.class, password);
                assertThat(rows).as("%s holds a password", table).isZero();
            }
            assertThat(output.getAll()).doesNotContain(password);
        }
    }

    @Test
    void a_mailed_password_goes_into_the_waiting_announcement_or_into_a_resend_of_one_already_sent() throws Exception {
        clock.advance(Duration.ofDays(1));
        assertThat(schedule.queueDue()).isEqualTo(3);
        assertThat(schedule.sendDue()).as("the minute's budget: two go, one waits").isEqualTo(2);
        clock.advance(Duration.ofSeconds(61));

        String csv = new String(batches.exportCsvMailingPasswords("Pilot"), StandardCharsets.UTF_8);
        Map<String, String> passwords = csv.lines().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(row -> row[0], row -> row[1]));

        var sent = drain();
        assertThat(sent).hasSize(3).allSatisfy(mail -> assertThat(mail.text()).contains(passwords.get(mail.to())));
        assertThat(jdbc.queryForList("select resend from notice where kind = 'ANNOUNCEMENT' and with_password", Boolean.class))
                .as("the waiting one took its password; the two sent before went again with theirs")
                .containsExactlyInAnyOrder(false, true, true);
        assertThat(jdbc.queryForObject("select count(*) from notice where status <> 'SENT'", Integer.class)).isZero();
    }

    @Test
    void a_template_with_a_script_is_kept_without_it_and_sends_without_it() throws Exception {
        var saved = notices.saveTemplate(NoticeKind.FREE, "en", "News for {{name}}",
                "<p onclick=\"steal()\">Hello {{name}}</p><script>alert('x')</script><img src=x onerror=alert(1)><p>{{{todo}}}</p>");
        assertThat(saved.body()).isEqualTo("<p>Hello {{name}}</p><p>{{{todo}}}</p>");

        var noor = mailboxes.findByAddress("noor@contoso.com").orElseThrow();
        var preview = notices.preview(NoticeKind.FREE, "en", noor.id(), "News", "<p>Hi {{{name}}}</p><script>alert(2)</script>");
        assertThat(preview.html()).isEqualTo("<p>Hi Noor Smit</p>");

        notices.send(NoticeKind.FREE, List.of(noor.id()), false);
        var mail = drain().getFirst();
        assertThat(mail.subject()).isEqualTo("News for Noor Smit");
        assertThat(mail.html()).contains("<p>Hello Noor Smit</p>").doesNotContain("script", "onclick", "onerror", "<img");
    }

    @Test
    void an_admin_tests_a_template_on_their_own_address_and_sends_a_kind_to_a_batch() throws Exception {
        var anne = mailboxes.findByAddress("anne@contoso.com").orElseThrow();
        String to = notices.testSend(NoticeKind.WELCOME, "da", anne.id(), "Velkommen, {{name}}", "<p>Hej {{name}}</p>", "ada@contoso.com");
        assertThat(to).isEqualTo("ada@contoso.com");
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var test = Mails.of(smtp.getReceivedMessages()[0]);
        assertThat(test.to()).isEqualTo("ada@contoso.com");
        assertThat(test.subject()).isEqualTo("[Test] Velkommen, Anne Dahl");
        assertThat(jdbc.queryForObject("select count(*) from notice", Integer.class)).as("a test is no notice").isZero();
        assertThatThrownBy(() -> notices.testSend(NoticeKind.WELCOME, "da", anne.id(), "x", "<p>x</p>", "not-an-address"))
                .hasMessage("'not-an-address' is no e-mail address to send the test to");

        var queued = notices.sendToBatch(NoticeKind.FREE, "pilot", false);
        assertThat(queued.queued()).isEqualTo(3);
        assertThat(queued.notPeople()).isEqualTo(1);
        assertThat(drain()).extracting(Mails::subject).containsExactlyInAnyOrder("Nyt om flytningen af din postkasse",
                "Nytt om flytten av din postlåda", "An update on the move of your mailbox");
    }

    @Test
    @WithMockUser(username = "hugo", roles = "HELPDESK")
    void helpdesk_sees_what_was_sent_and_previews_it_but_cannot_edit_templates_or_send() {
        MailboxTestData.asAdmin(() -> notices.send(NoticeKind.FREE, List.of(mailboxes.findByAddress("anne@contoso.com").orElseThrow().id()), false));
        schedule.sendDue();

        assertThat(notices.page(NoticeQuery.ALL, 0, 10)).extracting(Notice::status).containsExactly(NoticeStatus.SENT);
        long anne = mailboxes.findByAddress("anne@contoso.com").orElseThrow().id();
        assertThat(notices.preview(NoticeKind.WELCOME, anne).subject()).isEqualTo("Velkommen til din nye postkasse i Microsoft 365");
        assertThatThrownBy(() -> notices.saveTemplate(NoticeKind.FREE, "en", "x", "<p>x</p>")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notices.resetTemplate(NoticeKind.FREE, "en")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notices.send(NoticeKind.FREE, List.of(anne), true)).isInstanceOf(AccessDeniedException.class);
    }

    private void start(String batch) {
        batches.start(batch, batches.find(batch).orElseThrow().batch().getVersion());
    }

    /** The batch started and completed, its welcome letters sent; the clock just after. */
    private void completePilot() throws Exception {
        jdbc.update("update notice_settings set automatic = false");
        clock.advance(Duration.ofDays(8));
        start("Pilot");
        batches.markSynced("Pilot", batches.find("Pilot").orElseThrow().batch().getVersion());
        batches.complete("Pilot", batches.find("Pilot").orElseThrow().batch().getVersion());
        jdbc.update("update notice_settings set automatic = true");
        clock.advance(Duration.ofHours(1));
        schedule.queueDue();
        jdbc.update("delete from notice where kind <> 'WELCOME'");
        drain();
        smtp.reset();
    }

    /** Sends everything queued, a minute at a time; what arrived (GreenMail keeps messages by mailbox, not in order: it is emptied first). */
    private List<Mails> drain() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        int before = 0;
        int sentBefore = sent();
        for (int minute = 0; minute < 10; minute++) {
            schedule.sendDue();
            if (jdbc.queryForObject("select count(*) from notice where status in ('QUEUED', 'RETRYING')", Integer.class) == 0) {
                break;
            }
            clock.advance(Duration.ofSeconds(61));
        }
        assertThat(smtp.waitForIncomingEmail(5_000, before + sent() - sentBefore)).isTrue();
        var received = smtp.getReceivedMessages();
        return Arrays.stream(received).map(Mails::of).toList();
    }

    private int sent() {
        return jdbc.queryForObject("select count(*) from notice where status = 'SENT'", Integer.class);
    }

    private static GreenMail smtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
