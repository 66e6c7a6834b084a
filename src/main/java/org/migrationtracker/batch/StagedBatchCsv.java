package org.migrationtracker.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The file Exchange expects for a staged batch: {@code EmailAddress,Password,ForceChangePassword}, one row per
 * mailbox with its on-premises primary SMTP address, UTF-8, comma-separated, CRLF. With single sign-on
 * ForceChangePassword is always False. Without passwords only the EmailAddress column is written.
 */
public final class StagedBatchCsv {

    private StagedBatchCsv() {
    }

    public static byte[] write(List<String> primaryAddresses, boolean withPasswords, PasswordRules passwords,
                               boolean singleSignOn) {
        var csv = new StringBuilder(primaryAddresses.size() * 64);
        if (!withPasswords) {
            csv.append("EmailAddress\r\n");
            primaryAddresses.forEach(address -> csv.append(address).append("\r\n"));
        } else {
            csv.append("EmailAddress,Password,ForceChangePassword\r\n");
            String force = singleSignOn ? "False" : "True";
            for (String address : primaryAddresses) {
                csv.append(address).append(',').append(passwords.generate()).append(',').append(force).append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
