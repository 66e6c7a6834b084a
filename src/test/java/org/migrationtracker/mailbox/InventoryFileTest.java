package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory's fields are checked against what the mailbox table keeps, before the database sees them. */
class InventoryFileTest {

    private static InventoryFile.Parsed parse(String csv) {
        return InventoryFile.parse(CsvReader.readAll("inventory.csv", csv.getBytes(StandardCharsets.UTF_8), 1_000));
    }

    @Test
    void a_size_larger_than_any_mailbox_and_an_address_longer_than_the_table_keeps_are_problems_at_their_lines() {
        var parsed = parse("PrimarySmtpAddress,TotalItemSize,Alias\n"
                + "a@contoso.com,99999999999999999999999,a\n"
                + "b@contoso.com,99999999999 TB,b\n"
                + "c" + "x".repeat(330) + "@contoso.com,1 GB,c\n"
                + "d@contoso.com,\"1.5 GB (1,610,612,736 bytes)\"," + "d".repeat(257) + "\n");

        assertThat(parsed.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 2, column TotalItemSize: '99999999999999999999999' is not a size (expected e.g. '1.2 GB (1,288,490,188 bytes)' or a number of bytes)",
                "line 3, column TotalItemSize: '99999999999 TB' is not a size (expected e.g. '1.2 GB (1,288,490,188 bytes)' or a number of bytes)",
                "line 4, column PrimarySmtpAddress: the value has 343 characters, the tracker keeps at most 320",
                "line 5, column Alias: the value has 257 characters, the tracker keeps at most 256");
        assertThat(InventoryFile.parseSize("1.234 GB")).isEqualTo(1_324_997_410L);
    }

    @Test
    void a_large_file_checked_in_parallel_says_exactly_what_the_same_file_checked_row_by_row_says() {
        var csv = new StringBuilder("PrimarySmtpAddress,DisplayName,TotalItemSize,EmailAddresses,Languages,UMEnabled\n");
        for (int i = 0; i < 3 * InventoryFile.PARALLEL_ROWS; i++) {
            String address = switch (i % 97) {
                case 3 -> "";                                   // no address
                case 5 -> "not an address";                     // a bad one
                case 7 -> "user" + (i - 7) + "@contoso.com";    // the address of a row before it, again
                default -> "user" + i + "@contoso.com";
            };
            String size = i % 89 == 0 ? "lots" : "1 GB";
            String proxies = i % 83 == 0 ? "SMTP:" + address + ";smtp:bad proxy" : "SMTP:" + address + ";smtp:u" + i + "@contoso.net";
            String language = i % 31 == 0 ? "tlh-KL" : "da-DK";
            String um = i % 79 == 0 ? "maybe" : "False";
            csv.append(address).append(",User ").append(i).append(',').append(size).append(',').append(proxies).append(',')
                    .append(language).append(',').append(um).append('\n');
        }
        var table = CsvReader.readAll("inventory.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 10_000);

        var parallel = InventoryFile.parse(table, true);
        var sequential = InventoryFile.parse(table, false);

        assertThat(parallel.problems()).extracting(CsvProblem::toString)
                .containsExactlyElementsOf(sequential.problems().stream().map(CsvProblem::toString).toList())
                .anyMatch(p -> p.contains("appears twice") || p.contains("twice")).hasSizeGreaterThan(300);
        assertThat(parallel.notes()).isEqualTo(sequential.notes()).hasSize(InventoryFile.LANGUAGE_NOTES + 1);
        assertThat(parallel.rows()).hasSameSizeAs(sequential.rows()).hasSizeGreaterThan(5_000);
        for (int i = 0; i < parallel.rows().size(); i++) {
            var a = parallel.rows().get(i);
            var b = sequential.rows().get(i);
            assertThat(a.line()).isEqualTo(b.line());
            assertThat(a.primaryAddress()).isEqualTo(b.primaryAddress());
            for (var column : MailboxColumns.IMPORTED) {
                assertThat(a.file().sameIn(column, b.file())).as("line %d, %s", a.line(), column.name()).isTrue();
            }
        }
        assertThat(InventoryFile.parse(table)).as("a file this large is checked in parallel")
                .satisfies(p -> assertThat(p.problems()).hasSameSizeAs(sequential.problems()));
    }
}
