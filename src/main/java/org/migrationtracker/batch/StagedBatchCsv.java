package org.migrationtracker.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

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
        return write(primaryAddresses, withPasswords, passwords, singleSignOn, (address, password) -> {
        });
    }

    /** The same file; {@code issued} is told each address and the password written for it (to mail it to its user). */
    public static byte[] write(List<String> primaryAddresses, boolean withPasswords, PasswordRules passwords,
                               boolean singleSignOn, BiConsumer<String, String> issued) {
        var csv = new StringBuilder(primaryAddresses.size() * 64);
        if (!withPasswords) {
            csv.append("EmailAddress\r\n");
            primaryAddresses.forEach(address -> csv.append(address).append("\r\n"));
        } else {
            csv.append("EmailAddress,Password,ForceChangePassword\r\n");
            String force = singleSignOn ? "False" : "True";
            for (String address : primaryAddresses) {
                String password = passwords.generate();
                issued.accept(address, password);
                csv.append(address).append(',').append(password).append(',').append(force).append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
