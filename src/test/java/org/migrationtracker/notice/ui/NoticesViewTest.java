package org.migrationtracker.notice.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.notice.NoticeKind;
import org.migrationtracker.notice.NoticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices view in the shared test context, where no mail server is configured: it says sending is off; everyone
 * sees what is queued; only admins get the templates (with the live preview) and the schedule.
 */
@IntegrationTest
@WithMockUser(username = "ada@contoso.com", roles = "ADMIN")
class NoticesViewTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch mailboxes;
    @Autowired NoticeService notices;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        jdbc.execute("truncate notice, notice_template restart identity");
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Languages
                Søren Nielsen,soren@contoso.dk,nl-NL
                """.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> tabs() {
        return find(com.vaadin.flow.component.button.Button.class).all().stream().filter(b -> b.hasClassName("notice-tab"))
                .map(com.vaadin.flow.component.button.Button::getText).toList();
    }

    @Test
    void without_a_mail_server_the_view_says_sending_is_off_and_notices_wait_queued() {
        long soren = mailboxes.findByAddress("soren@contoso.dk").orElseThrow().id();
        assertThat(notices.send(NoticeKind.FREE, List.of(soren), false).queued()).isEqualTo(1);

        var view = navigate(NoticesView.class);
        
        assertThat(view.sendingState.getText()).startsWith("Sending is off: no mail server is configured");
        assertThat(test(view.sent.grid).size()).isEqualTo(1);
        assertThat(test(view.sent.grid).getCellText(0, 1)).isEqualTo("soren@contoso.dk");
        assertThat(test(view.sent.grid).getCellText(0, 3)).isEqualTo("Dutch");
        assertThat(test(view.sent.grid).getCellText(0, 5)).isEqualTo("Queued");
        assertThat(tabs()).containsExactly("Sent and queued", "Due next", "Templates", "Schedule");
    }

    @Test
    void an_admin_previews_a_template_live_for_a_chosen_mailbox_in_its_language() {
        var view = navigate(NoticesView.class);
        view.show(2);
        var editor = find(TemplateEditor.class).single();
        editor.kind.setValue(NoticeKind.WELCOME);
        editor.language.setValue("nl");
        editor.mailbox.setValue(mailboxes.findByAddress("soren@contoso.dk").orElseThrow());

        assertThat(editor.subject.getValue()).isEqualTo("Welkom in uw nieuwe postvak in Microsoft 365");
        assertThat(editor.preview.getElement().getTextRecursively()).contains("Beste Søren Nielsen");

        editor.subject.setValue("Welkom, {{name}}");
        editor.body.setValue("<p>Hallo {{name}}</p><script>alert(1)</script>");
        assertThat(editor.preview.getElement().getTextRecursively()).contains("Welkom, Søren Nielsen", "Hallo Søren Nielsen")
                .doesNotContain("alert");
        assertThat(view.sendingState.getText()).startsWith("Sending is off");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void the_helpdesk_sees_the_notices_but_not_the_templates_or_the_schedule() {
        navigate(NoticesView.class);

        assertThat(tabs()).containsExactly("Sent and queued", "Due next");
        assertThat(find(TemplateEditor.class).all()).isEmpty();
        assertThat(find(NoticeSettingsForm.class).all()).isEmpty();
    }
}
