package org.migrationtracker.mailbox.ui;

import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSort;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxCsvExportTest {

    @Test
    void an_empty_first_cell_keeps_its_column_so_the_others_stay_under_their_headers() {
        var export = new MailboxCsvExport(MailboxFilter.all(), MailboxSort.DISPLAY_NAME, true, List.of(), Locale.ENGLISH);

        assertThat(export.line(List.of("", "pilar@contoso.com", "HR"))).isEqualTo(",pilar@contoso.com,HR\r\n");
        assertThat(export.line(List.of("", "", "HR"))).isEqualTo(",,HR\r\n");
    }

    @Test
    void a_danish_file_is_separated_by_semicolons_and_quotes_a_value_with_one() {
        var export = new MailboxCsvExport(MailboxFilter.all(), MailboxSort.DISPLAY_NAME, true, List.of(), Locale.of("da"));

        assertThat(export.line(List.of("", "Salg; Nord", "=1+2"))).isEqualTo(";\"Salg; Nord\";'=1+2\r\n");
    }
}
