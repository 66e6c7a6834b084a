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
}
