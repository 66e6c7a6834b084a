package org.migrationtracker.batch;

import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxEdits;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A staged batch whose mailboxes are migrated and wait for their conversion to mail users, for integration tests. */
public final class ConversionTestData {

    /** Pilar (with a tenant address, a second SMTP address and an X500 address) and Toby (with neither), and Søren outside. */
    public static final String INVENTORY = "\"DisplayName\",\"PrimarySmtpAddress\",\"EmailAddresses\"\r\n"
            + "\"Pilar Pinilla\",\"pilar@contoso.com\",\"SMTP:pilar@contoso.com smtp:pp@contoso.com smtp:pilar@contoso.mail.onmicrosoft.com"
            + " X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar\"\r\n"
            + "\"Toby Nixon\",\"toby@contoso.com\",\"SMTP:toby@contoso.com\"\r\n"
            + "\"Søren Ørsted\",\"soren@contoso.com\",\"SMTP:soren@contoso.com\"\r\n";

    private ConversionTestData() {
    }

    /** Pilar and Toby migrated in Finance1 (completed); Søren waits outside any batch. Run as an admin. */
    public static void completedBatch(InventoryImportService imports, MailboxEdits mailboxes, BatchService batches) {
        imports.importInventory("inventory.csv", INVENTORY.getBytes(StandardCharsets.UTF_8));
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        batches.create(new BatchDraft("Finance1", StartMode.AUTOMATIC, null, "", ""),
                BulkTarget.addresses(List.of("pilar@contoso.com", "toby@contoso.com")), false);
        batches.markSynced("Finance1", batches.find("Finance1").orElseThrow().batch().getVersion());
        batches.complete("Finance1", batches.find("Finance1").orElseThrow().batch().getVersion());
    }
}
