package org.migrationtracker.mailbox;

import org.migrationtracker.csv.MeteredImport;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.ImportLimits;
import org.migrationtracker.i18n.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Imports the cloud users (Entra ID: {@code Get-MgUser} or {@code Get-MsolUser} | Export-Csv): when each mailbox's
 * user was created in the cloud, which starts the 30 days to assign a licence (Microsoft's staged-migration guide:
 * with directory synchronisation that is before any batch, not at the first sync), and whether it holds a licence.
 * Users match mailboxes by UserPrincipalName or Mail against primary and proxy addresses. All or nothing, like
 * every import: any malformed value refuses the file with its line and column.
 */
@Service
public class CloudUserImportService {

    public static final int MAX_ROWS = 200_000;

    private final MailboxEdits mailboxes;
    private final DirectoryStore directories;
    private final Clock clock;
    private final ImportLimits limits;

    CloudUserImportService(MailboxEdits mailboxes, DirectoryStore directories, Clock clock, ImportLimits limits) {
        this.limits = limits;
        this.mailboxes = mailboxes;
        this.directories = directories;
        this.clock = clock;
    }

    /**
     * @throws CsvRefusedException when the file has any problem; nothing is written then
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @MeteredImport("cloud-users")
    public CloudUserImportSummary importCloudUsers(String fileName, byte[] content) {
        var table = CsvReader.readAll(fileName, content, limits.rows(MAX_ROWS));
        var parsed = CloudUserFile.parse(table, clock.getZone());
        if (parsed.export() == null) {
            throw table.refusal(parsed.problems());
        }
        // an address with a NUL is refused with its line already, and PostgreSQL refuses it as a query parameter
        var lookedUp = parsed.addresses().stream().filter(CsvReader::isClean).toList();
        var matched = CloudUserFile.match(parsed, directories.byAddress(lookedUp));
        var problems = new ArrayList<CsvProblem>(parsed.problems());
        problems.addAll(matched.problems());
        table.refuseIfAny(problems);
        var result = mailboxes.recordCloudUsers(Message.of("bulk.action.cloud-user-import", fileName), matched.users(),
                UUID.randomUUID());
        var unknown = matched.unknown();
        return new CloudUserImportSummary(result.operationId(), fileName, parsed.export().label, table.rows().size(),
                result.changed(), result.unchanged(), parsed.creationDates(), parsed.licences(), unknown.size(),
                unknown.subList(0, Math.min(CloudUserImportSummary.UNKNOWN_LISTED, unknown.size())), table.notes());
    }
}
