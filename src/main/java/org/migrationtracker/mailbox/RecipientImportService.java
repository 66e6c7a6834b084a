package org.migrationtracker.mailbox;

import org.migrationtracker.csv.MeteredImport;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.ImportLimits;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/**
 * Imports the on-premises recipients export after the conversion script ran (staged only): a completed mailbox that
 * Exchange reports as a mail user is recorded as converted, its addresses checked against what the conversion asked
 * for. Mail users the tracker never saw completed are reported, not accepted; completed mailboxes still mailboxes
 * after {@link #STILL_A_MAILBOX_AFTER} are listed. All or nothing: the whole file is checked before anything changes.
 */
@Service
public class RecipientImportService {

    public static final int MAX_ROWS = 500_000;
    /** How long after its completion a mailbox may wait for its conversion before the import lists it. */
    public static final Duration STILL_A_MAILBOX_AFTER = Duration.ofDays(3);

    private final MailboxEdits mailboxes;
    private final ConversionStore store;
    private final ProjectService project;
    private final DirectoryStore directories;
    private final Clock clock;
    private final ImportLimits limits;

    RecipientImportService(MailboxEdits mailboxes, ConversionStore store, ProjectService project, DirectoryStore directories, Clock clock,
                           ImportLimits limits) {
        this.limits = limits;
        this.mailboxes = mailboxes;
        this.store = store;
        this.project = project;
        this.directories = directories;
        this.clock = clock;
    }

    /**
     * @throws CsvRefusedException when the project is not staged or the file has any problem; nothing changes then
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @MeteredImport("recipients")
    public RecipientImportSummary importRecipients(String fileName, byte[] content) {
        var method = project.method();
        if (method != MigrationMethod.STAGED) {
            throw new CsvRefusedException(fileName, List.of(CsvProblem.ofFile(Message.of("lifecycle.convert-staged-only",
                    Message.of("method." + method.name())))));
        }
        var table = CsvReader.readAll(fileName, content, limits.rows(MAX_ROWS));
        var parsed = RecipientsFile.parse(table);
        var problems = new ArrayList<>(parsed.problems());
        var directory = directories.directory();
        var byMailbox = new LinkedHashMap<Long, RecipientsFile.Row>();
        var notTracked = new ArrayList<String>();
        for (var row : parsed.rows()) {
            Long id = directory.mailbox(row.primaryAddress());
            if (id == null) {
                notTracked.add(row.primaryAddress());
            } else if (byMailbox.putIfAbsent(id, row) == null && row.addresses() != null) {
                // the addresses of tracked recipients are compared, so they must be addresses; others are not read
                row.addresses().smtp().stream().filter(address -> !InventoryFile.ADDRESS.matcher(address).matches())
                        .forEach(bad -> problems.add(CsvProblem.at(row.line(), parsed.addressesColumn(), "csv.bad-address", bad)));
            }
        }
        table.refuseIfAny(problems);

        var now = clock.instant();
        var toConvert = new ArrayList<Long>();
        var gaps = new ArrayList<RecipientImportSummary.AddressGap>();
        var notAccepted = new ArrayList<BulkResult.Refusal>();
        var still = new ArrayList<RecipientImportSummary.StillMailbox>();
        int alreadyConverted = 0;
        for (var mailbox : store.facts(byMailbox.keySet())) {
            var row = byMailbox.get(mailbox.id());
            var state = mailbox.state();
            if (row.kind() == RecipientsFile.Kind.MAIL_USER) {
                if (state == MailboxState.COMPLETED) {
                    toConvert.add(mailbox.id());
                    if (row.addresses() != null) {
                        var missing = mailbox.conversion().missingFrom(row.addresses().smtp(), row.addresses().x500());
                        if (!missing.isEmpty()) {
                            gaps.add(new RecipientImportSummary.AddressGap(mailbox.primaryAddress(), missing));
                        }
                    }
                } else if (state == MailboxState.CONVERTED_TO_MAIL_USER || state == MailboxState.DONE) {
                    alreadyConverted++;
                } else {
                    notAccepted.add(BulkResult.Refusal.of(mailbox.primaryAddress(), "recipients.never-completed", state.message()));
                }
            } else if (row.kind() == RecipientsFile.Kind.MAILBOX && state == MailboxState.COMPLETED && mailbox.completedAt() != null
                    && mailbox.completedAt().plus(STILL_A_MAILBOX_AFTER).isBefore(now)) {
                still.add(new RecipientImportSummary.StillMailbox(mailbox.primaryAddress(),
                        Duration.between(mailbox.completedAt(), now).toDays()));
            }
        }
        var operation = UUID.randomUUID();
        int converted = 0;
        if (!toConvert.isEmpty()) {
            var result = mailboxes.recordMailUsers(Message.of("bulk.action.recipients-import", fileName), toConvert, operation);
            converted = result.changed();
            notAccepted.addAll(result.refusals());
        }
        var notes = new ArrayList<>(table.notes());
        if (parsed.typeNameInAddresses() != null) {
            notes.add(Message.of("recipients.note.type-name", parsed.typeNameInAddresses(), JOINED_ADDRESSES));
        } else if (parsed.addressesColumn().isEmpty()) {
            notes.add(Message.of("recipients.note.no-addresses"));
        }
        return new RecipientImportSummary(operation, fileName, table.rows().size(), converted, alreadyConverted, gaps, notAccepted,
                still, notTracked.size(), notTracked.subList(0, Math.min(RecipientImportSummary.SAMPLE, notTracked.size())), notes);
    }

    /** The Select-Object column that exports the addresses themselves where Export-Csv would write a type name. */
    static final String JOINED_ADDRESSES = "@{n='EmailAddresses';e={$_.EmailAddresses -join ';'}}";
}
