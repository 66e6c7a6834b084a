package org.migrationtracker.lookup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxNotices;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The helpdesk card says what the user was told, when and in which language, the newest of each kind. */
@IntegrationTest
@WithMockUser(username = "harry", roles = "HELPDESK")
class LookupCardNoticesTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch mailboxes;
    @Autowired MailboxNotices told;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Languages
                Søren Nielsen,soren@contoso.dk,da-DK
                Pilar Pinilla,pilarp@contoso.com,
                """.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_card_says_which_notices_went_out_when_and_in_which_language() {
        long soren = mailboxes.findByAddress("soren@contoso.dk").orElseThrow().id();
        var march = LocalDate.of(2026, 3, 12).atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant();
        told.record(List.of(new MailboxNotices.Told(soren, march.minusSeconds(86_400 * 8), "schedule", "ANNOUNCEMENT", "da", "SENT"),
                new MailboxNotices.Told(soren, march.minusSeconds(3_600), "schedule", "WELCOME", "da", "FAILED"),
                new MailboxNotices.Told(soren, march, "ada", "WELCOME", "da", "SENT")));

        var view = navigate("lookup/soren@contoso.dk", LookupView.class);

        var lines = find(UnorderedList.class).withId("card-told").single();
        assertThat(lines.isVisible()).isTrue();
        assertThat(lines.getElement().getTextRecursively()).isEqualTo("Welcome letter sent March 12, 2026, in Danish"
                + "Announcement sent March 4, 2026, in Danish");
        assertThat(view.cardText()).contains("Notice: Welcome letter, in Danish: sent", "Notice: Welcome letter, in Danish: could not be sent");
    }

    @Test
    void a_user_who_was_told_nothing_has_no_such_lines() {
        navigate("lookup/pilarp@contoso.com", LookupView.class);

        assertThat(find(UnorderedList.class).withId("card-told").all()).as("no visible list").isEmpty();
    }
}
