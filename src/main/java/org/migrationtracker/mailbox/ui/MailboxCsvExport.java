package org.migrationtracker.mailbox.ui;

import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The filtered mailbox grid as a CSV file for a spreadsheet: the columns shown, in the grid's order and sort, headers
 * and values in the reader's language. Spreadsheet-safe: UTF-8 with a byte order mark (so Excel reads æ, ø, å), a
 * formula-like value neutralised ({@link CsvCell}), and the list separator the reader's spreadsheet expects (a
 * semicolon where the decimal separator is a comma, as in Danish, Swedish, French and Dutch).
 */
record MailboxCsvExport(MailboxFilter filter, MailboxSort sort, boolean ascending, List<MailboxGridColumn> columns,
                        Locale locale) {

    /** Rows read per query: the whole grid is written without holding it in memory. */
    static final int CHUNK = 1000;

    String fileName() {
        return Message.of("grid.export.file-name").in(locale) + ".csv";
    }

    /** The list separator of the reader's spreadsheet. */
    char separator() {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    void write(MailboxSearch mailboxes, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(columns.stream().map(c -> Message.of(c.headerKey).in(locale)).toList()));
        // counted once: the chunks of the second half are read from the far end, each as cheap as one of the first half
        int total = mailboxes.count(filter);
        for (int offset = 0; ; offset += CHUNK) {
            var page = mailboxes.page(filter, sort, ascending, offset, CHUNK, total);
            for (var mailbox : page) {
                writer.write(line(columns.stream().map(c -> c.text(mailbox, locale)).toList()));
            }
            if (page.size() < CHUNK) {
                break;
            }
        }
        writer.flush();
    }

    String line(List<String> values) {
        return CsvCell.line(values, separator());
    }
}
