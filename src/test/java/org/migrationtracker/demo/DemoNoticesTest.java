package org.migrationtracker.demo;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.notice.NoticeKind;
import org.migrationtracker.notice.NoticeQuery;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.notice.NoticeStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo migration with its notices as a newcomer sees them: with no mail server, the schedule (ticking as in
 * production) writes Finance1's welcome letters, HR1's "moves tonight" and Sales1's announcement into the mail folder
 * as .eml files, in each user's language, none to a shared or room mailbox; Sales1's night is due next. The README's
 * two welcome letters are what the demo writes. (A context of its own, with the folder and the schedule's tick.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tracker.notices.poll=1s", "tracker.notices.mail-folder=target/demo-mail-outbox", "tracker.notices.per-minute=1000"})
@ActiveProfiles("test")
@DirtiesContext
class DemoNoticesTest {

    private static final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    private static final Path OUTBOX = Path.of("target/demo-mail-outbox");

    @Autowired JdbcTemplate jdbc;
    @Autowired AutowireCapableBeanFactory beans;
    @Autowired NoticeService notices;
    @Autowired Clock clock;

    @AfterEach
    void restore() {
        jdbc.update("update notice_settings set automatic = false");
        jdbc.execute("truncate notice");
        jdbc.update("delete from plan_step_value");
        jdbc.update("delete from plan_step");
        jdbc.update("delete from plan_step_history");
        jdbc.update("update migration_project set mx_points_to_cloud = false, mx_changed_at = null");
    }

    @AfterAll
    static void strategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @Test
    void the_demo_writes_its_notices_into_the_mail_folder_and_shows_what_is_due_next() throws Exception {
        FileSystemUtils.deleteRecursively(OUTBOX);
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.execute("truncate notice");
        beans.createBean(DemoMigration.class).run(null);

        await().atMost(Duration.ofSeconds(90)).until(() ->
                jdbc.queryForObject("select count(*) from notice where status in ('QUEUED', 'RETRYING')", Integer.class) == 0
                        && jdbc.queryForObject("select count(*) from notice", Integer.class) > 0);

        var sent = MailboxTestData.asAdminGet(() -> notices.page(new NoticeQuery(NoticeStatus.SENT, null, null, ""), 0, 1000));
        assertThat(sent).extracting(n -> n.kind()).contains(NoticeKind.WELCOME, NoticeKind.MOVING_TONIGHT, NoticeKind.ANNOUNCEMENT);
        assertThat(sent).filteredOn(n -> n.kind() == NoticeKind.WELCOME).extracting(n -> n.batchName()).containsOnly("Finance1");
        assertThat(sent).filteredOn(n -> n.kind() == NoticeKind.MOVING_TONIGHT).extracting(n -> n.batchName()).containsOnly("HR1");
        assertThat(sent).filteredOn(n -> n.kind() == NoticeKind.ANNOUNCEMENT).extracting(n -> n.batchName()).containsOnly("Sales1");
        var notPeople = jdbc.queryForList("select primary_address from mailbox where recipient_type <> 'USER'", String.class);
        assertThat(notPeople).isNotEmpty();
        assertThat(sent).extracting(n -> n.recipient()).doesNotContainAnyElementsOf(notPeople);
        assertThat(sent).extracting(n -> n.language()).contains("da", "sv", "fr", "nl", "en");

        List<MimeMessage> files = new ArrayList<>();
        try (var list = Files.list(OUTBOX)) {
            for (var file : list.filter(f -> f.toString().endsWith(".eml")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.add(new MimeMessage(Session.getInstance(new Properties()), in));
                }
            }
        }
        assertThat(files).hasSize(sent.size());

        var due = MailboxTestData.asAdminGet(() -> notices.dueNext());
        assertThat(due).anySatisfy(next -> {
            assertThat(next.kind()).isEqualTo(NoticeKind.MOVING_TONIGHT);
            assertThat(next.batchName()).isEqualTo("Sales1");
            assertThat(next.on()).isEqualTo(LocalDate.now(clock).plusDays(7));
        });

        for (var language : List.of("da", "en")) {
            readmeLetterIsTheDemos(language, sent);
        }
    }

    /** Every line of the README's letter in that language but its dates is a line of the demo's own. */
    private void readmeLetterIsTheDemos(String language, List<org.migrationtracker.notice.Notice> sent) throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        var block = Pattern.compile("<!-- welcome-letter:" + language + " -->\\s*```text\\n(.*?)```\\s*<!-- /welcome-letter:" + language + " -->",
                Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("the README's %s welcome letter", language).isTrue();
        var lines = block.group(1).lines().toList();
        String to = lines.getFirst().replaceFirst("^To: ", "");
        var notice = sent.stream().filter(n -> n.kind() == NoticeKind.WELCOME && n.recipient().equals(to)).findFirst().orElseThrow();
        String preview = MailboxTestData.asAdminGet(() -> notices.preview(NoticeKind.WELCOME,
                jdbc.queryForObject("select id from mailbox where primary_address = ?", Long.class, to)).text());
        assertThat(notice.language()).isEqualTo(language);
        assertThat(lines.size()).as("%s letter", language).isGreaterThan(10);
        for (var line : lines.subList(2, lines.size())) {
            if (!line.isBlank() && !line.matches(".*\\d{4}.*")) {
                assertThat(preview).as("%s letter", language).contains(line.strip());
            }
        }
        assertThat(lines.get(1)).isEqualTo("Subject: " + notice.subject());
    }
}
