package org.migrationtracker.batch;

import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.mailbox.MailUserConversion;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The conversion list for review in a spreadsheet or for a script of the admin's own:
 * {@code Identity,DisplayName,TargetAddress,EmailAddresses}, one row per mailbox, UTF-8, comma-separated, CRLF.
 * EmailAddresses lists what the mail user keeps ({@code SMTP:} the primary, {@code smtp:} the others, {@code X500:}),
 * joined with semicolons. A mailbox without a target address has an empty TargetAddress. Written for a spreadsheet
 * ({@link CsvCell}: a value that would run as a formula gets an apostrophe); the conversion script does not read it,
 * it carries its own values. Plain Java.
 */
final class ConversionCsv {

    static final String HEADER = "Identity,DisplayName,TargetAddress,EmailAddresses";

    private ConversionCsv() {
    }

    static byte[] write(List<MailUserConversion> conversions) {
        var csv = new StringBuilder(conversions.size() * 160).append(HEADER).append("\r\n");
        for (var c : conversions) {
            csv.append(CsvCell.line(Arrays.asList(c.primaryAddress(), c.displayName(), c.targetAddress(),
                    String.join(";", c.emailAddresses())), ','));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
