package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid's filter choices: the departments and databases in use, read from their indexes one value at a time. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class MailboxChoicesTest {

    @Autowired MailboxSearch search;
    @Autowired MailboxEdits edits;
    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        jdbc.update("delete from mailbox_database");
        imports.importInventory("choices.csv", """
                DisplayName,PrimarySmtpAddress,Department,Database
                Ann,ann@contoso.com,Sales,DB02
                Bo,bo@contoso.com,Finance,db01
                Cy,cy@contoso.com,Sales,DB01
                Di,di@contoso.com,,
                Ed,ed@contoso.com,Ændringer,DB02
                """.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_departments_in_use_each_once_in_order_without_the_empty_one() {
        assertThat(search.departments()).containsExactly("Finance", "Sales", "Ændringer");
    }

    @Test
    void the_databases_in_use_and_those_only_known_by_receive_as_each_once_whatever_the_case() {
        edits.setReceiveAs("DB03", true);
        edits.setReceiveAs("Db02", true);

        var databases = search.databases();
        assertThat(databases).hasSize(3);
        assertThat(databases.get(0)).isEqualToIgnoringCase("db01");
        assertThat(databases.subList(1, 3)).as("the name recorded first, then the one only Receive As knows")
                .containsExactly("DB02", "DB03");
    }

    @Test
    void no_mailboxes_no_choices() {
        MailboxTestData.clear(jdbc);
        assertThat(search.departments()).isEmpty();
        assertThat(search.databases()).isEmpty();
        assertThat(search.noMailboxes()).isTrue();
    }
}
