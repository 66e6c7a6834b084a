package org.migrationtracker.batch;

import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.mailbox.MailUserConversion;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The conversion list for review in a spreadsheet or for a script of the admin's own:
 * {@code Identity,DisplayName,TargetAddress,EmailAddresses}, one row per mailbox, UTF-8, comma-separated, CRLF.
 * EmailAddresses lists what the mail user keeps ({@code SMTP:} the primary, {@code smtp:} the others, {@code X500:}),
 * joined with semicolons. A mailbox without a target address has an empty TargetAddress. Plain Java.
 */
final class ConversionCsv {

    static final String HEADER = "Identity,DisplayName,TargetAddress,EmailAddresses";

    private ConversionCsv() {
    }

    static byte[] write(List<MailUserConversion> conversions) {
        var csv = new StringBuilder(conversions.size() * 160).append(HEADER).append("\r\n");
        for (var c : conversions) {
            csv.append(cell(c.primaryAddress())).append(',')
                    .append(cell(c.displayName())).append(',')
                    .append(cell(c.targetAddress() == null ? "" : c.targetAddress())).append(',')
                    .append(cell(String.join(";", c.emailAddresses()))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One value, quoted when it holds a comma, quote or line break; a value a spreadsheet would run as a formula
     * (starting with = + - @, a tab or a carriage return) gets an apostrophe in front, so that it is shown as text.
     */
    static String cell(String value) {
        return CsvCell.of(value);
    }
}
