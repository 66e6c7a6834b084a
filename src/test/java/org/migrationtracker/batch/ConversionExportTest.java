package org.migrationtracker.batch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class ConversionExportTest {

    @Autowired ConversionExportService conversion;
    @Autowired BatchService batches;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void completed() {
        BatchServiceTest.clearBatches(jdbc);
        jdbc.update("update migration_project set routing_domain = ''");
        MailboxTestData.asAdmin(() -> ConversionTestData.completedBatch(imports, mailboxes, batches));
    }

    @AfterEach
    void noRoutingDomain() {
        jdbc.update("update migration_project set routing_domain = ''");
    }

    @Test
    void the_csv_lists_each_completed_mailbox_with_its_target_and_every_address_it_keeps_and_the_export_is_recorded() {
        String csv = new String(conversion.csv("finance1"), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("Identity,DisplayName,TargetAddress,EmailAddresses\r\n"
                + "pilar@contoso.com,Pilar Pinilla,pilar@contoso.mail.onmicrosoft.com,SMTP:pilar@contoso.com;smtp:pp@contoso.com;"
                + "smtp:pilar@contoso.mail.onmicrosoft.com;X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar\r\n"
                + "toby@contoso.com,Toby Nixon,,SMTP:toby@contoso.com\r\n");
        assertThat(batches.history("Finance1")).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("conversion exported");
            assertThat(entry.actor()).isEqualTo("ada");
            assertThat(entry.what().english()).isEqualTo("Mail-user conversion exported");
            assertThat(entry.after().english()).isEqualTo("2 mailboxes, conversion CSV");
        });
    }

    @Test
    void the_script_converts_the_mailbox_with_a_target_and_leaves_out_the_one_without_saying_why() {
        String script = new String(conversion.script("Finance1"), StandardCharsets.UTF_8);

        assertThat(script).startsWith("\uFEFF# Mail-user conversion of batch Finance1: 2 completed mailboxes, 1 of them left out");
        assertThat(script).contains("Enable-MailUser -Identity $mbx.DistinguishedName -ExternalEmailAddress 'pilar@contoso.mail.onmicrosoft.com'",
                "Add-KeptAddresses $mbx.DistinguishedName @('smtp:pp@contoso.com', 'smtp:pilar@contoso.mail.onmicrosoft.com', "
                        + "'X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar', \"X500:$($mbx.LegacyExchangeDN)\")",
                "# Toby Nixon <toby@contoso.com>: left out, no target address");
        assertThat(script).doesNotContain("Get-Mailbox -Identity 'toby@contoso.com'", "soren");
        assertThat(batches.history("Finance1")).anySatisfy(entry ->
                assertThat(entry.after().english()).isEqualTo("2 mailboxes, conversion script"));
    }

    @Test
    void with_the_routing_domain_set_a_mailbox_without_a_tenant_address_points_to_its_local_part_there() {
        jdbc.update("update migration_project set routing_domain = 'contoso.mail.onmicrosoft.com'");

        String script = new String(conversion.script("Finance1"), StandardCharsets.UTF_8);

        assertThat(script).contains("$mbx = Get-Mailbox -Identity 'toby@contoso.com'",
                "-ExternalEmailAddress 'toby@contoso.mail.onmicrosoft.com'").doesNotContain("left out");
    }

    @Test
    void only_completed_mailboxes_are_listed_and_a_batch_with_none_is_refused() {
        mailboxes.bulk(new BulkAction.MoveTo(MailboxState.CONVERTED_TO_MAIL_USER, ""), BulkTarget.addresses(List.of("pilar@contoso.com")));
        assertThat(new String(conversion.csv("Finance1"), StandardCharsets.UTF_8)).doesNotContain("pilar@").contains("toby@");

        mailboxes.bulk(new BulkAction.MoveTo(MailboxState.CONVERTED_TO_MAIL_USER, ""), BulkTarget.addresses(List.of("toby@contoso.com")));

        assertThat(conversion.offered("Finance1")).isFalse();
        assertThatThrownBy(() -> conversion.script("Finance1")).isInstanceOfSatisfying(BatchRefused.class, refused -> {
            assertThat(refused.what().english()).isEqualTo("No mail-user conversion for Finance1");
            assertThat(refused.reasons()).singleElement().satisfies(reason -> assertThat(reason.english())
                    .isEqualTo("no mailbox of Finance1 is completed and waiting for its conversion"));
        });
    }

    @Test
    void a_project_that_is_not_staged_is_refused_with_the_reason_and_nothing_is_recorded() {
        jdbc.update("update migration_project set method = 'HYBRID'");
        int history = batches.history("Finance1").size();

        assertThatThrownBy(() -> conversion.csv("Finance1")).isInstanceOfSatisfying(BatchRefused.class, refused ->
                assertThat(refused.reasons()).singleElement().satisfies(reason -> assertThat(reason.english())
                        .isEqualTo("only a staged migration converts mailboxes to mail users (this project: Hybrid)")));
        assertThat(conversion.offered("Finance1")).isFalse();
        assertThat(batches.history("Finance1")).hasSize(history);
    }

    @Test
    void a_staged_batch_with_completed_mailboxes_offers_the_conversion() {
        assertThat(conversion.offered("Finance1")).isTrue();
        assertThat(conversion.offered("NoSuchBatch")).isFalse();
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_may_not_export_the_conversion() {
        assertThatThrownBy(() -> conversion.script("Finance1")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
