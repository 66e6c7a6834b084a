package org.migrationtracker.lookup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "harry", roles = "HELPDESK")
class LookupCardPreferredLanguageTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Languages
                Søren Nielsen,soren@contoso.dk,da-DK en-US
                Pilar Pinilla,pilarp@contoso.com,
                """.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_card_says_the_users_preferred_language_in_its_own_name() {
        var view = navigate("lookup/soren@contoso.dk", LookupView.class);

        var language = find(Paragraph.class).withId("card-language").single();
        assertThat(language.isVisible()).isTrue();
        assertThat(language.getText()).isEqualTo("Preferred language: Dansk");
        assertThat(view.cardText()).contains("Preferred language: Dansk");
    }

    @Test
    void a_user_without_a_preferred_language_has_no_such_line() {
        var view = navigate("lookup/pilarp@contoso.com", LookupView.class);

        assertThat(find(Paragraph.class).withId("card-language").all()).as("no visible line").isEmpty();
        assertThat(view.cardText()).doesNotContain("Preferred language");
    }
}
