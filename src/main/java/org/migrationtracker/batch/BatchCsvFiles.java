package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BatchMailboxes;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The batch files the tracker writes and reads: the staged batch CSV, the IMAP migration CSV, and batch CSVs made
 * elsewhere, checked as Exchange would and against the inventory and the project's single sign-on.
 */
@Component
class BatchCsvFiles {

    private final BatchMailboxes mailboxes;
    private final ProjectService project;
    private final PasswordRules passwords;
    private final BatchHistory history;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ObjectProvider<PasswordHandoff> passwordHandoff;

    BatchCsvFiles(BatchMailboxes mailboxes, ProjectService project, PasswordRules passwords, BatchHistory history, Clock clock,
                  CurrentUser currentUser, ObjectProvider<PasswordHandoff> passwordHandoff) {
        this.passwordHandoff = passwordHandoff;
        this.mailboxes = mailboxes;
        this.project = project;
        this.passwords = passwords;
        this.history = history;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** What the tracker knows that Exchange checks too. */
    BatchCsvValidator.Context context() {
        boolean singleSignOn = project.current().isSingleSignOn();
        return new BatchCsvValidator.Context() {
            @Override
            public Map<String, String> primaryOfProxies(Collection<String> addresses) {
                return mailboxes.primaryOfProxies(addresses);
            }

            @Override
            public boolean singleSignOn() {
                return singleSignOn;
            }
        };
    }

    /**
     * The context of a file the tracker writes from its mailboxes' primary addresses: a primary address is never
     * "another mailbox's proxy" (a primary wins, {@code DirectoryStore.find}), so the inventory has nothing to add
     * and is not read again (for 2,000 addresses that is a pass over the whole table; docs/adr/0045).
     */
    private BatchCsvValidator.Context ofPrimaries() {
        return BatchCsvValidator.withoutInventory(project.current().isSingleSignOn());
    }

    BatchCsvValidator.Valid validate(String fileName, byte[] content) {
        return BatchCsvValidator.validate(fileName, content, context());
    }

    /**
     * The batch's file: for IMAP Microsoft's IMAP migration CSV (source passwords left for the admin to fill); else
     * the batch CSV with strong temporary passwords generated now (staged; in the file only, never stored or logged)
     * or without passwords. ForceChangePassword is False with single sign-on. An address that a spreadsheet would run as a
 * formula refuses the file. The file passes the validator first.
     */
    byte[] export(MigrationBatch batch, boolean withPasswords) {
        return export(batch, withPasswords, null);
    }

    /**
     * The staged batch CSV with passwords, each user also mailed theirs (see {@link PasswordHandoff}); refused where
     * no notices are sent (no notice module, or no mail server: the passwords would wait in memory).
     */
    byte[] exportMailingPasswords(MigrationBatch batch) {
        var handoff = passwordHandoff.getIfAvailable();
        if (handoff == null || !handoff.sending()) {
            throw new BatchRefused(Message.of("batch.no-csv", batch.getName()),
                    Message.of(handoff == null ? "batch.mail-passwords.unavailable" : "batch.mail-passwords.sending-off"));
        }
        return export(batch, true, handoff);
    }

    /**
     * The same file; with a handoff (staged, with passwords) each user is also mailed their password in the
     * announcement of the move, queued in this transaction, so that a refused file mails nothing.
     */
    byte[] export(MigrationBatch batch, boolean withPasswords, @Nullable PasswordHandoff mailTo) {
        var method = batch.getMethod();
        if (method == MigrationMethod.CUTOVER) {
            throw new BatchRefused(Message.of("batch.no-csv", batch.getName()), Message.of("batch.no-csv.cutover"));
        }
        var addresses = mailboxes.addressesInBatch(batch.getId());
        if (addresses.isEmpty()) {
            throw new BatchRefused(Message.of("batch.no-csv", batch.getName()), Message.of("batch.empty"));
        }
        refuseFormulaLike(batch.getName(), addresses);
        String recorded;
        byte[] file;
        if (method == MigrationMethod.IMAP) {
            file = ImapMigrationCsv.write(addresses);
            BatchCsvValidator.validate(batch.getName() + ".csv", file, ofPrimaries(), ImapMigrationCsv.MAX_ROWS);
            recorded = addresses.size() + BatchHistoryEntry.IMAP_FILE;
        } else {
            boolean passwordsInFile = withPasswords && method == MigrationMethod.STAGED;
            var issued = new LinkedHashMap<String, String>();
            file = StagedBatchCsv.write(addresses, passwordsInFile, passwords, project.current().isSingleSignOn(), issued::put);
            BatchCsvValidator.validate(batch.getName() + ".csv", file, ofPrimaries());
            if (mailTo != null) {
                if (!passwordsInFile) {
                    throw new BatchRefused(Message.of("batch.no-csv", batch.getName()), Message.of("batch.mail-passwords.staged-only"));
                }
                mailTo.mailPasswords(batch.getName(), issued);
            }
            recorded = addresses.size() + (passwordsInFile ? BatchHistoryEntry.WITH_PASSWORDS : BatchHistoryEntry.WITHOUT_PASSWORDS);
        }
        // the audit says who exported which batch when, never the passwords
        history.record(batch.getId(), clock.instant(), currentUser.actor(), UUID.randomUUID(), "csv exported", null, recorded);
        return file;
    }

    /**
     * Exchange reads the batch file as it is, so a value that a spreadsheet would run as a formula (starting with
     * = + - @, a tab or a carriage return) cannot be neutralised with an apostrophe: the file is refused instead, naming
     * every such mailbox. The addresses are the only values from outside in it (passwords never start so).
     */
    static void refuseFormulaLike(String batchName, List<String> addresses) {
        var reasons = addresses.stream().filter(CsvCell::startsLikeFormula)
                .map(address -> Message.of("batch.csv.formula-address", address)).toList();
        if (!reasons.isEmpty()) {
            throw new BatchRefused(Message.of("batch.no-csv", batchName), reasons);
        }
    }
}
