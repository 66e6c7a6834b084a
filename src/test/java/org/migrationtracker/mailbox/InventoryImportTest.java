package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.i18n.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class InventoryImportTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch mailboxes;
    @Autowired JdbcTemplate jdbc;
    @Autowired IndexBuilds indexBuilds;

    @BeforeEach
    void empty() {
        MailboxTestData.clear(jdbc);
    }

    private int mailboxCount() {
        return jdbc.queryForObject("select count(*) from mailbox", Integer.class);
    }

    @Test
    void a_windows_powershell_utf16_export_is_imported_with_proxies_um_and_sizes() {
        String text = "#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox\r\n"
                + "\"DisplayName\",\"PrimarySmtpAddress\",\"Alias\",\"Database\",\"RecipientTypeDetails\",\"UMEnabled\",\"TotalItemSize\",\"EmailAddresses\"\r\n"
                + "\"Nixon, Toby\",\"TobyN@Contoso.com\",\"tobyn\",\"DB01\",\"UserMailbox\",\"True\",\"1.2 GB (1,288,490,188 bytes)\",\"SMTP:TobyN@contoso.com smtp:toby.nixon@contoso.com X500:/o=Contoso/ou=First\"\r\n"
                + "\"Room 1\",\"room1@contoso.com\",\"room1\",\"DB02\",\"RoomMailbox\",\"False\",\"\",\"SMTP:room1@contoso.com;smtp:meeting1@contoso.com\"\r\n";
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));

        var summary = imports.importInventory("mailboxes.csv", bytes.toByteArray());

        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.notes()).extracting(Message::english).contains("skipped PowerShell's #TYPE line", "read as UTF-16 LE");
        var toby = mailboxes.findByAddress("toby.nixon@contoso.com").orElseThrow();
        assertThat(toby.primaryAddress()).isEqualTo("tobyn@contoso.com");
        assertThat(toby.inventory().displayName()).isEqualTo("Nixon, Toby");
        assertThat(toby.inventory().proxyAddresses()).containsExactly("toby.nixon@contoso.com");
        assertThat(toby.inventory().umEnabled()).isTrue();
        assertThat(toby.inventory().umWasEnabled()).isTrue();
        assertThat(toby.inventory().sizeBytes()).isEqualTo(1_288_490_188L);
        assertThat(toby.state()).isEqualTo(MailboxState.NOT_READY);
        assertThat(toby.readinessInWords()).containsExactly("no FullAccess and no Receive As on database DB01",
                "UM still enabled", "WriteProperty on TargetAddress missing (required for staged)");
        assertThat(mailboxes.findByAddress("meeting1@contoso.com").orElseThrow().inventory().recipientType())
                .isEqualTo(RecipientType.ROOM);
        assertThat(mailboxes.history(toby.id())).extracting(HistoryEntry::field).contains("imported");
    }

    @Test
    void x500_addresses_are_kept_apart_from_the_proxy_addresses_and_a_second_import_of_the_file_changes_nothing() {
        String file = "\"DisplayName\",\"PrimarySmtpAddress\",\"EmailAddresses\"\r\n"
                + "\"Toby Nixon\",\"tobyn@contoso.com\",\"SMTP:tobyn@contoso.com smtp:toby@contoso.com"
                + " x500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=TobyN X500:/o=Contoso/cn=Recipients/cn=toby2\"\r\n";
        imports.importInventory("mailboxes.csv", file.getBytes(StandardCharsets.UTF_8));
        var toby = mailboxes.findByAddress("tobyn@contoso.com").orElseThrow();
        int history = jdbc.queryForObject("select count(*) from mailbox_history", Integer.class);

        var again = imports.importInventory("mailboxes.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(mailboxes.x500Addresses(toby.id())).containsExactly(
                "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=TobyN", "X500:/o=Contoso/cn=Recipients/cn=toby2");
        assertThat(toby.inventory().proxyAddresses()).containsExactly("toby@contoso.com");
        assertThat(mailboxes.findByAddress("/o=Contoso/cn=Recipients/cn=toby2")).isEmpty();
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mailbox_history", Integer.class)).isEqualTo(history);
    }

    @Test
    void a_changed_x500_address_is_updated_and_recorded_in_the_history() {
        imports.importInventory("v1.csv", "PrimarySmtpAddress,EmailAddresses\r\npilar@contoso.com,SMTP:pilar@contoso.com;X500:/o=Old/cn=pilar\r\n"
                .getBytes(StandardCharsets.UTF_8));

        var summary = imports.importInventory("v2.csv", "PrimarySmtpAddress,EmailAddresses\r\npilar@contoso.com,SMTP:pilar@contoso.com;X500:/o=Old/cn=pilar;X500:/o=New/cn=pilar\r\n"
                .getBytes(StandardCharsets.UTF_8));

        var pilar = mailboxes.findByAddress("pilar@contoso.com").orElseThrow();
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(mailboxes.x500Addresses(pilar.id())).containsExactly("X500:/o=Old/cn=pilar", "X500:/o=New/cn=pilar");
        assertThat(mailboxes.history(pilar.id())).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("x500_addresses");
            assertThat(entry.oldValue()).isEqualTo("X500:/o=Old/cn=pilar");
            assertThat(entry.newValue()).isEqualTo("X500:/o=Old/cn=pilar;X500:/o=New/cn=pilar");
            assertThat(entry.what().english()).isEqualTo("X500 addresses");
        });
    }

    @Test
    void an_excel_file_with_semicolons_is_imported_and_the_delimiter_is_said() {
        byte[] file = "Visningsnavn;PrimarySmtpAddress;Department\r\nJørgen Hansen;jorgen@contoso.dk;Økonomi\r\n"
                .getBytes(StandardCharsets.UTF_8);

        var summary = imports.importInventory("eksport.csv", file);

        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.notes()).extracting(Message::english).anyMatch(note -> note.startsWith("semicolon-separated"));
        assertThat(mailboxes.findByAddress("jorgen@contoso.dk").orElseThrow().inventory().department()).isEqualTo("Økonomi");
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_says_so() {
        byte[] file = MailboxTestData.inventory(50, "Finance");
        imports.importInventory("inventory.csv", file);
        int history = jdbc.queryForObject("select count(*) from mailbox_history", Integer.class);

        var again = imports.importInventory("inventory.csv", file);

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(50);
        assertThat(again.describe().english()).startsWith("No changes: all 50 mailboxes in inventory.csv are already up to date");
        assertThat(jdbc.queryForObject("select count(*) from mailbox_history", Integer.class)).isEqualTo(history);
    }

    @Test
    void a_new_file_updates_what_changed_and_lists_mailboxes_absent_from_it_without_deleting_them() {
        imports.importInventory("v1.csv", MailboxTestData.inventory(10, "Finance"));
        String v2 = new String(MailboxTestData.inventory(9, "Finance"), StandardCharsets.UTF_8)
                .replace("\"User 3\"", "\"User Three\"")
                + "\"New Person\",\"new@contoso.com\",\"new\",\"Finance\",\"DB01\",\"UserMailbox\",\"False\",\"\"\r\n";

        var summary = imports.importInventory("v2.csv", v2.getBytes(StandardCharsets.UTF_8));

        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(8);
        assertThat(summary.absentFromFile()).containsExactly("user9@contoso.com");
        assertThat(mailboxCount()).isEqualTo(11);
        var three = mailboxes.findByAddress("user3@contoso.com").orElseThrow();
        assertThat(three.inventory().displayName()).isEqualTo("User Three");
        assertThat(mailboxes.history(three.id())).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("display_name");
            assertThat(entry.oldValue()).isEqualTo("User 3");
            assertThat(entry.newValue()).isEqualTo("User Three");
            assertThat(entry.actor()).isEqualTo("ada");
        });
    }

    @Test
    void one_bad_row_refuses_the_whole_file_listing_every_problem_by_line_and_column() {
        String file = "DisplayName,PrimarySmtpAddress,UMEnabled\r\n"
                + "Good One,good@contoso.com,False\r\n"
                + "Bad Address,not-an-address,False\r\n"
                + "Twice,good@contoso.com,False\r\n"
                + "Odd UM,odd@contoso.com,Maybe\r\n"
                + "Too,many,fields,here\r\n";

        // one pass: the row of the wrong shape and the bad fields together, by line
        assertThatThrownBy(() -> imports.importInventory("bad.csv", file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(CsvProblem::toString)
                        .containsExactly(
                                "line 3, column PrimarySmtpAddress: 'not-an-address' is not a valid e-mail address",
                                "line 4, column PrimarySmtpAddress: good@contoso.com appears twice (also on line 2)",
                                "line 5, column UMEnabled: 'Maybe' is not True or False",
                                "line 6: the row has 4 fields, the header has 3"));
        assertThat(mailboxCount()).isZero();
    }

    @Test
    void a_first_load_rebuilds_the_secondary_indexes_as_defined_and_every_imported_mailbox_is_found() throws Exception {
        String indexes = "select c.relname, pg_get_indexdef(i.indexrelid), c.oid::bigint, i.indisunique from pg_index i"
                + " join pg_class c on c.oid = i.indexrelid where i.indrelid = 'mailbox'::regclass order by 1";
        record Index(String name, String definition, long oid, boolean unique) {
        }
        RowMapper<Index> row = (rs, n) -> new Index(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4));
        var before = jdbc.query(indexes, row);

        var first = imports.importInventory("first.csv", MailboxTestData.inventory(InventoryImportService.BULK_LOAD_ROWS, "Finance"));
        assertThat(first.notes()).extracting(Message::key).contains("inventory.indexes-building");
        indexBuilds.built().get(60, TimeUnit.SECONDS);

        assertThat(first.added()).isEqualTo(InventoryImportService.BULK_LOAD_ROWS);
        assertThat(indexBuilds.pending()).as("every dropped index built again").isZero();
        var after = jdbc.query(indexes, row);
        assertThat(after).extracting(Index::name, Index::definition)
                .as("the same indexes, defined as the migrations defined them")
                .containsExactlyElementsOf(before.stream().map(i -> tuple(i.name(), i.definition())).toList());
        assertThat(after).extracting(Index::name).contains(InventoryImportService.SEARCH_INDEX, "mailbox_proxy_addresses_idx");
        for (int i = 0; i < before.size(); i++) {
            var old = before.get(i);
            var now = after.get(i);
            if (old.unique()) {
                assertThat(now.oid()).as(old.name() + " kept: it guards the rows as they go in").isEqualTo(old.oid());
            } else {
                assertThat(now.oid()).as(old.name() + " built anew").isNotEqualTo(old.oid());
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from mailbox where search_text = ''", Integer.class)).isZero();
        assertThat(mailboxes.search("user 9876", 5)).first().extracting(Mailbox::primaryAddress)
                .isEqualTo("user9876@contoso.com");
        assertThat(mailboxes.search("u42@contoso.mail.onmicrosoft.com", 5)).first().extracting(Mailbox::primaryAddress)
                .isEqualTo("user42@contoso.com");
    }

    @Test
    void a_renamed_mailbox_is_found_by_its_new_name() {
        imports.importInventory("people.csv", "DisplayName,PrimarySmtpAddress\r\nJørgen Hansen,jorgen@contoso.dk\r\n"
                .getBytes(StandardCharsets.UTF_8));
        imports.importInventory("people.csv", "DisplayName,PrimarySmtpAddress\r\nJørgen Bæk,jorgen@contoso.dk\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(mailboxes.search("baek", 5)).extracting(m -> m.inventory().displayName()).containsExactly("Jørgen Bæk");
        assertThat(mailboxes.search("hansen", 5)).isEmpty();
    }

    @Test
    void a_file_without_a_primary_address_column_is_refused() {
        assertThatThrownBy(() -> imports.importInventory("names.csv", "DisplayName\r\nToby\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems().getFirst().message().english())
                        .startsWith("the required column PrimarySmtpAddress is missing"));
    }

    @Test
    void more_than_100000_rows_are_refused_and_nothing_is_written() {
        var csv = new StringBuilder(2_000_000).append("PrimarySmtpAddress\n");
        for (int i = 0; i <= 100_000; i++) {
            csv.append('u').append(i).append("@contoso.com\n");
        }

        assertThatThrownBy(() -> imports.importInventory("huge.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems().getFirst().message().english())
                        .isEqualTo("the file has more than 100,000 data rows; split it into smaller files"));
        assertThat(mailboxCount()).isZero();
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_may_not_import() {
        assertThatThrownBy(() -> imports.importInventory("x.csv", MailboxTestData.inventory(1, "IT")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
