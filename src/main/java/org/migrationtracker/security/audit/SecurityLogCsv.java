package org.migrationtracker.security.audit;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvCell;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The security log as a CSV file for a spreadsheet or a log tool: UTF-8 with a byte order mark, comma-separated, CRLF,
 * fixed English column names and kinds as their codes (SIGN_IN_FAILED) so filters and scripts do not depend on the
 * reader's language; times in ISO 8601 UTC. A value that would run as a formula is neutralised and a line break is
 * quoted ({@link CsvCell}): user names and details come from outside. Plain Java.
 */
final class SecurityLogCsv {

    static final String HEADER = "At,Kind,Actor,Subject,ClientAddress,Instance,Detail";

    private SecurityLogCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(HEADER + "\r\n");
    }

    static void row(SecurityLogEntry entry, Writer out) throws IOException {
        out.write(CsvCell.line(List.of(entry.at().toString(), entry.kind().name(), entry.actor(),
                orEmpty(entry.subject()), orEmpty(entry.clientAddress()), entry.instance(), entry.detail()), ','));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
