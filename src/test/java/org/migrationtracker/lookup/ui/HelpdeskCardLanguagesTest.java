package org.migrationtracker.lookup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.project.MigrationMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the helpdesk tells a moved user about new mail, per method, before and after the MX switch, in each of the
 * five languages: the card must say the sentence of the rule (DOMAIN.md §4, seeds 001 and 002) and none of the others.
 */
@IntegrationTest
@WithMockUser(username = "harry", roles = "HELPDESK")
class HelpdeskCardLanguagesTest extends SpringBrowserlessTest {

    private static final Instant MX = Instant.parse("2026-11-20T18:00:00Z");
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("da"), Locale.of("sv"), Locale.FRENCH, Locale.of("nl"));
    private static final List<String> MAIL_SENTENCES = List.of("guide.todo.mail-arrives", "guide.todo.mail-not-yet",
            "guide.todo.mail-staged", "guide.todo.mail-hybrid", "guide.todo.keep-working-until-mx", "guide.todo.keep-working");

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void movedMailbox() {
        LookupViewTest.movedSoren(jdbc, imports, mailboxes);
    }

    private String card(MigrationMethod method, boolean mxMoved, Locale locale) {
        // single sign-on on: the cutover card must still never say "the usual company password"
        jdbc.update("update migration_project set method = ?, mx_points_to_cloud = ?, mx_changed_at = ?, single_sign_on = ?",
                method.name(), mxMoved, mxMoved ? Timestamp.from(MX) : null, method == MigrationMethod.CUTOVER);
        UI.getCurrent().setLocale(locale);
        return navigate("lookup/soren@contoso.dk", LookupView.class).cardText();
    }

    private static void saysOnly(String card, Locale locale, Message expected, String... alsoExpected) {
        assertThat(card).as(locale + ": " + expected.key()).contains(expected.in(locale));
        var said = new ArrayList<>(List.of(alsoExpected));
        said.add(expected.key());
        for (String other : MAIL_SENTENCES) {
            if (!said.contains(other) && !other.equals("guide.todo.mail-arrives")) {
                assertThat(card).as(locale + ": not " + other).doesNotContain(Message.of(other).in(locale));
            }
        }
    }

    @Test
    void a_moved_staged_user_is_told_new_mail_arrives_in_microsoft_365_before_and_after_the_mx_switch_in_five_languages() {
        for (var locale : LANGUAGES) {
            for (boolean mxMoved : new boolean[] {false, true}) {
                saysOnly(card(MigrationMethod.STAGED, mxMoved, locale), locale, Message.of("guide.todo.mail-staged"));
            }
        }
    }

    @Test
    void a_moved_cutover_user_keeps_the_old_mailbox_until_the_mx_switch_and_then_moves_in_five_languages() {
        for (var locale : LANGUAGES) {
            var before = card(MigrationMethod.CUTOVER, false, locale);
            saysOnly(before, locale, Message.of("guide.todo.keep-working-until-mx"));
            assertThat(before).contains(Message.of("guide.todo.cutover-at-switch").in(locale))
                    .doesNotContain(Message.of("guide.todo.sign-in-sso").in(locale));

            var after = card(MigrationMethod.CUTOVER, true, locale);
            saysOnly(after, locale, Message.of("guide.todo.mail-arrives", MX));
            assertThat(after).contains(Message.of("guide.todo.sign-in-temporary").in(locale), Message.of("guide.todo.new-profile").in(locale))
                    .doesNotContain(Message.of("guide.todo.sign-in-sso").in(locale));
        }
    }

    @Test
    void a_moved_hybrid_user_keeps_profile_and_password_and_mail_follows_the_mailbox_in_five_languages() {
        for (var locale : LANGUAGES) {
            for (boolean mxMoved : new boolean[] {false, true}) {
                var card = card(MigrationMethod.HYBRID, mxMoved, locale);
                saysOnly(card, locale, Message.of("guide.todo.mail-hybrid"));
                assertThat(card).contains(Message.of("guide.todo.hybrid").in(locale))
                        .doesNotContain(Message.of("guide.todo.new-profile").in(locale), Message.of("guide.todo.sign-in-temporary").in(locale));
            }
        }
    }

    @Test
    void the_english_card_reads_as_the_rules_say() {
        assertThat(card(MigrationMethod.STAGED, false, Locale.ENGLISH))
                .contains("New mail arrives in the Microsoft 365 mailbox, no longer in the old one.");
        assertThat(card(MigrationMethod.CUTOVER, false, Locale.ENGLISH))
                .contains("Keep working in the old mailbox: new mail arrives there until the MX record moves to Microsoft 365.");
        assertThat(card(MigrationMethod.HYBRID, false, Locale.ENGLISH))
                .contains("with the same profile, user name and password", "mail follows the moved mailbox");
    }
}
