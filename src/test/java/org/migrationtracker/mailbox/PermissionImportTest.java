package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class PermissionImportTest {

    @Autowired InventoryImportService inventory;
    @Autowired PermissionImportService permissions;
    @Autowired MailboxSearch mailboxes;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        jdbc.update("update migration_project set migration_admin_account = 'CONTOSO\\migadmin'");
        inventory.importInventory("inventory.csv", ("""
                DisplayName,PrimarySmtpAddress,Alias,Database
                Pilar Pinilla,pilarp@contoso.com,pilarp,DB01
                Toby Nixon,tobyn@contoso.com,tobyn,DB02
                Søren Nielsen,soren@contoso.com,soren,DB02
                """).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void full_access_write_property_and_receive_as_of_the_migration_admin_are_recorded_and_others_ignored() {
        String export = """
                "Identity","User","AccessRights","ExtendedRights","Properties","Deny","IsInherited"
                "contoso.com/Users/Pilar Pinilla","CONTOSO\\migadmin","{FullAccess}","","","False","False"
                "contoso.com/Users/Toby Nixon","CONTOSO\\helpdesk","{FullAccess}","","","False","False"
                "tobyn","migadmin@contoso.com","{FullAccess}","","","True","False"
                "CONTOSO\\pilarp","CONTOSO\\MigAdmin","WriteProperty","","{Target-Address}","False","False"
                "EXCH01\\DB02","CONTOSO\\migadmin","","Receive-As","","False","False"
                "contoso.com/Users/Left Company","CONTOSO\\migadmin","{FullAccess}","","","False","False"
                """;

        var summary = permissions.importPermissions("permissions.csv", export.getBytes(StandardCharsets.UTF_8));

        assertThat(summary.rowsForMigrationAdmin()).isEqualTo(4);
        assertThat(summary.fullAccess().changed()).isEqualTo(1);
        assertThat(summary.writeProperty().changed()).isEqualTo(1);
        assertThat(summary.receiveAsDatabases()).containsExactly("DB02");
        assertThat(summary.unknownIdentities()).containsExactly("contoso.com/Users/Left Company");
        var pilar = mailboxes.findByAddress("pilarp@contoso.com").orElseThrow();
        assertThat(pilar.permissions().fullAccess()).isTrue();
        assertThat(pilar.permissions().writeProperty()).isTrue();
        assertThat(pilar.lifecycle().ready()).isTrue();
        var toby = mailboxes.findByAddress("tobyn@contoso.com").orElseThrow();
        assertThat(toby.permissions().fullAccess()).as("helpdesk's FullAccess and a denial do not count").isFalse();
        assertThat(toby.permissions().receiveAsOnDatabase()).isTrue();
    }

    @Test
    void without_a_migration_admin_account_the_import_is_refused() {
        jdbc.update("update migration_project set migration_admin_account = ''");

        assertThatThrownBy(() -> permissions.importPermissions("p.csv", "Identity,User,AccessRights\r\nx,y,FullAccess\r\n"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems().getFirst().message().english())
                        .startsWith("name the migration administrator account in the project settings first"));
    }

    @Test
    void a_file_without_identity_or_user_columns_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> permissions.importPermissions("p.csv", "Mailbox,AccessRights\r\npilarp,FullAccess\r\n"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.column()).containsExactly("Identity", "User"));
        assertThat(mailboxes.findByAddress("pilarp@contoso.com").orElseThrow().permissions().fullAccess()).isFalse();
    }

    @Test
    void an_empty_identity_a_row_of_the_wrong_shape_and_a_nul_byte_are_refused_together_and_nothing_changes() {
        String export = "Identity,User,AccessRights\r\n"
                + "contoso.com/Users/Pilar Pinilla,CONTOSO\\migadmin,FullAccess\r\n"
                + ",CONTOSO\\migadmin,FullAccess\r\n"
                + "tobyn,CONTOSO\\migadmin\r\n"
                + "soren,CONTOSO\\mig\u0000admin,FullAccess\r\n";

        assertThatThrownBy(() -> permissions.importPermissions("p.csv", export.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.line() + " " + problem.column()).containsExactly("3 Identity", "4 ", "5 User"));
        assertThat(mailboxes.findByAddress("pilarp@contoso.com").orElseThrow().permissions().fullAccess()).isFalse();
    }

    @Test
    void account_names_match_in_every_spelling() {
        assertThat(PermissionImportService.isMigrationAdmin("CONTOSO\\MigAdmin", "contoso\\migadmin")).isTrue();
        assertThat(PermissionImportService.isMigrationAdmin("migadmin@contoso.com", "CONTOSO\\migadmin")).isTrue();
        assertThat(PermissionImportService.isMigrationAdmin("CONTOSO\\helpdesk", "CONTOSO\\migadmin")).isFalse();
        assertThat(PermissionImportService.isMigrationAdmin("", "CONTOSO\\migadmin")).isFalse();
    }
}
