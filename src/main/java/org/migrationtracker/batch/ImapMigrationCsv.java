package org.migrationtracker.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The file the Exchange admin center takes for an IMAP migration (004; header from Microsoft's public
 * documentation): {@code EmailAddress,UserName,Password}, the cloud address, the user name on the source IMAP server
 * and that user's source password. The tracker writes the address in both of the first two columns (most IMAP
 * servers take the address as the user name; the admin adjusts where a server wants another) and leaves Password
 * empty for the admin to fill: it never holds source passwords. UTF-8, comma-separated, CRLF.
 */
public final class ImapMigrationCsv {

    /** Microsoft's limit for one IMAP migration file. */
    public static final int MAX_ROWS = 50_000;

    private ImapMigrationCsv() {
    }

    public static byte[] write(List<String> addresses) {
        var csv = new StringBuilder(addresses.size() * 48);
        csv.append("EmailAddress,UserName,Password\r\n");
        addresses.forEach(address -> csv.append(address).append(',').append(address).append(",\r\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
