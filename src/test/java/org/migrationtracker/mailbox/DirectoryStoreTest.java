package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory of an export's identities resolves each of them as the directory of every mailbox does. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class DirectoryStoreTest {

    @Autowired InventoryImportService imports;
    @Autowired DirectoryStore directories;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void mailboxes() {
        MailboxTestData.clear(jdbc);
        imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Alias,EmailAddresses
                Pilar Pinilla,pilar@contoso.com,pilarp,SMTP:pilar@contoso.com smtp:pilar.pinilla@contoso.com
                Søren Nielsen,soren@contoso.com,sorenn,SMTP:soren@contoso.com
                Room 1,room1@contoso.com,room1,SMTP:room1@contoso.com smtp:meeting@contoso.com
                Room 1,room1b@contoso.com,room1b,SMTP:room1b@contoso.com smtp:meeting@contoso.com
                Toby Nixon,toby@contoso.com,tobyn,SMTP:toby@contoso.com
                tobyn,other@contoso.com,otherbox,SMTP:other@contoso.com
                Ulla Jensen,ulla@contoso.com,ullaj,SMTP:ulla@contoso.com smtp:ulla.jensen@contoso.com
                """.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void every_kind_of_identity_resolves_as_in_the_whole_directory_and_shared_names_resolve_to_no_mailbox() {
        var identities = List.of("pilar@contoso.com", "PILAR.PINILLA@contoso.com", "pilarp", "CONTOSO\\pilarp",
                "contoso.com/Users/Pilar Pinilla", "  Søren Nielsen ", "SØREN NIELSEN", "sorenn", "Room 1",
                "meeting@contoso.com", "room1b", "tobyn", "otherbox", "nobody@contoso.com", "CONTOSO\\nobody", "");
        var whole = directories.directory();

        var ofTheFile = directories.directory(identities);

        for (String identity : identities) {
            assertThat(ofTheFile.mailbox(identity)).as(identity).isEqualTo(whole.mailbox(identity));
        }
        long pilar = id("pilar@contoso.com");
        assertThat(ofTheFile.mailbox("CONTOSO\\pilarp")).isEqualTo(pilar);
        assertThat(ofTheFile.mailbox("contoso.com/Users/Pilar Pinilla")).isEqualTo(pilar);
        assertThat(ofTheFile.mailbox("SØREN NIELSEN")).isEqualTo(id("soren@contoso.com"));
        assertThat(ofTheFile.mailbox("Room 1")).as("two rooms share the name").isNull();
        assertThat(ofTheFile.mailbox("meeting@contoso.com")).as("two rooms share the proxy").isNull();
        assertThat(ofTheFile.mailbox("tobyn")).as("one mailbox's alias, another's display name").isNull();
        assertThat(ofTheFile.mailbox("nobody@contoso.com")).isNull();
        assertThat(ofTheFile.byKey()).as("only the mailboxes the identities can name")
                .doesNotContainValue(id("ulla@contoso.com")).containsValue(pilar);
        assertThat(whole.byKey()).containsValue(id("ulla@contoso.com"));
    }

    @Test
    void an_identity_with_a_nul_names_no_mailbox_and_the_others_still_resolve() {
        var directory = directories.directory(List.of("\u0000", "pilar\u0000@contoso.com", "pilarp"));

        assertThat(directory.mailbox("\u0000")).isNull();
        assertThat(directory.mailbox("pilar\u0000@contoso.com")).isNull();
        assertThat(directory.mailbox("pilarp")).isEqualTo(id("pilar@contoso.com"));
    }

    @Test
    void no_identities_read_no_mailbox_but_every_database() {
        var none = directories.directory(List.of());

        assertThat(none.byKey()).isEmpty();
        assertThat(none.databases()).isEqualTo(directories.directory().databases());
    }

    private long id(String address) {
        return jdbc.queryForObject("select id from mailbox where primary_address = ?", Long.class, address);
    }
}
