package org.migrationtracker.lookup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Pre;
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

/** The card says why a mailbox is not ready; admins also read the command that fixes each reason. */
@IntegrationTest
class ReadinessFixesCardTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    /** A staged project; Pilar's mailbox on DB02 has no permissions yet and UM still enabled. */
    @BeforeEach
    void pilarWithoutPermissions() {
        MailboxTestData.clear(jdbc);
        jdbc.update("update migration_project set migration_admin_account = ?", "CONTOSO\\migadmin");
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Alias,Department,Database,UMEnabled
                Pilar Pinilla,pilarp@contoso.com,pilarp,Sales,DB02,True
                """.getBytes(StandardCharsets.UTF_8)));
    }

    private java.util.List<String> commands() {
        return find(Pre.class).all().stream().map(Pre::getText).toList();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_admin_reads_the_command_that_grants_full_access_with_the_migration_admin_from_the_settings() {
        var view = navigate("lookup/pilarp@contoso.com", LookupView.class);

        assertThat(view.cardText()).contains("Why the mailbox is not ready yet", "no FullAccess and no Receive As on database DB02");
        assertThat(commands()).contains(
                "Add-MailboxPermission -Identity 'pilarp@contoso.com' -User 'CONTOSO\\migadmin' -AccessRights FullAccess -InheritanceType All",
                "Get-MailboxDatabase -Identity 'DB02' | Add-ADPermission -User 'CONTOSO\\migadmin' -ExtendedRights Receive-As",
                "Get-Mailbox -Identity 'pilarp@contoso.com' | Add-ADPermission -User 'CONTOSO\\migadmin' -AccessRights WriteProperty -Properties TargetAddress",
                "Disable-UMMailbox -Identity 'pilarp@contoso.com' -Confirm:$false");
        assertThat(view.cardText()).contains("or once for every mailbox in database DB02 (Receive As):");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void without_a_migration_admin_in_the_settings_the_command_names_a_placeholder_to_replace() {
        jdbc.update("update migration_project set migration_admin_account = ''");

        var view = navigate("lookup/pilarp@contoso.com", LookupView.class);

        assertThat(commands()).contains(
                "Add-MailboxPermission -Identity 'pilarp@contoso.com' -User '<migration admin>' -AccessRights FullAccess -InheritanceType All");
        assertThat(view.cardText()).contains("Replace <migration admin> with the migration administrator's account");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void in_a_hybrid_project_the_same_checks_are_warnings_that_do_not_block() {
        MailboxTestData.clear(jdbc);
        jdbc.update("update migration_project set method = 'HYBRID', source_version = 'EXCHANGE_2010'");
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Database
                Joost de Vries,joost@contoso.nl,DB01
                """.getBytes(StandardCharsets.UTF_8)));

        var view = navigate("lookup/joost@contoso.nl", LookupView.class);

        assertThat(view.cardText()).contains("Checks that do not hold yet (warnings: they do not block the move)")
                .doesNotContain("Why the mailbox is not ready yet");
        assertThat(commands()).contains(
                "Add-MailboxPermission -Identity 'joost@contoso.nl' -User 'CONTOSO\\migadmin' -AccessRights FullAccess -InheritanceType All");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void the_helpdesk_reads_the_reasons_in_plain_words_without_commands() {
        var view = navigate("lookup/pilarp@contoso.com", LookupView.class);

        assertThat(view.cardText()).contains("no FullAccess and no Receive As on database DB02", "UM still enabled")
                .doesNotContain("Add-MailboxPermission", "Add-ADPermission", "Disable-UMMailbox");
        assertThat(commands()).isEmpty();
    }
}
