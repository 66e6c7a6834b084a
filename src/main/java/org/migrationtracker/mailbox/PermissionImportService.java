package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.MeteredImport;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.ImportLimits;
import org.migrationtracker.project.ProjectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Records the migration admin's permissions from {@code Get-MailboxPermission} and {@code Get-ADPermission}
 * exports (Identity, User, AccessRights, ExtendedRights, Properties, Deny). Only rows for the migration admin
 * account in the project settings count; denials are ignored. All or nothing, like every import.
 */
@Service
public class PermissionImportService {

    public static final int MAX_ROWS = 500_000;

    private final MailboxEdits mailboxes;
    private final ProjectService project;
    private final DirectoryStore directories;
    private final ImportLimits limits;

    PermissionImportService(MailboxEdits mailboxes, ProjectService project, DirectoryStore directories, ImportLimits limits) {
        this.limits = limits;
        this.mailboxes = mailboxes;
        this.project = project;
        this.directories = directories;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @MeteredImport("permissions")
    public PermissionImportSummary importPermissions(String fileName, byte[] content) {
        var table = CsvReader.readAll(fileName, content, limits.rows(MAX_ROWS));
        String admin = project.current().getMigrationAdminAccount();
        if (admin.isBlank()) {
            throw new CsvRefusedException(fileName, List.of(CsvProblem.ofFile("permissions.no-admin-account")));
        }
        var problems = new ArrayList<CsvProblem>();
        var identity = table.column("Identity");
        var user = table.column("User", "Trustee");
        var accessRights = table.column("AccessRights");
        var extendedRights = table.column("ExtendedRights");
        var properties = table.column("Properties");
        var deny = table.column("Deny");
        if (identity.isEmpty()) {
            problems.add(CsvProblem.at(1, "Identity", "csv.column-missing", "Identity"));
        }
        if (user.isEmpty()) {
            problems.add(CsvProblem.at(1, "User", "csv.column-missing", "User"));
        }
        if (accessRights.isEmpty() && extendedRights.isEmpty()) {
            problems.add(CsvProblem.at(1, "AccessRights", "permissions.no-rights-column"));
        }
        if (!problems.isEmpty()) {
            throw table.refusal(problems);
        }
        var directory = directories.directory();
        Set<Long> fullAccess = new LinkedHashSet<>();
        Set<Long> writeProperty = new LinkedHashSet<>();
        Set<String> receiveAs = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        int forAdmin = 0;
        for (var row : table.rows()) {
            String who = row.get(user.get());
            String what = row.get(identity.get()).strip();
            if (what.isEmpty()) {
                problems.add(CsvProblem.at(row.line(), table.columnName(identity.get()), "permissions.identity-empty"));
                continue;
            }
            if (!isMigrationAdmin(who, admin) || (deny.isPresent() && "true".equalsIgnoreCase(row.get(deny.get()).strip()))) {
                continue;
            }
            forAdmin++;
            String access = accessRights.map(row::get).orElse("").toLowerCase(Locale.ROOT);
            String extended = extendedRights.map(row::get).orElse("").toLowerCase(Locale.ROOT);
            String props = properties.map(row::get).orElse("").toLowerCase(Locale.ROOT);
            boolean grantsFullAccess = access.contains("fullaccess");
            boolean grantsReceiveAs = extended.contains("receive-as") || extended.contains("receiveas");
            boolean grantsWriteProperty = access.contains("writeproperty")
                    && (props.isBlank() || props.contains("targetaddress") || props.contains("target-address"));
            if (grantsReceiveAs) {
                var database = directory.database(what);
                if (database == null) {
                    unknown.add(what);
                } else {
                    receiveAs.add(database);
                }
            }
            if (grantsFullAccess || grantsWriteProperty) {
                Long mailbox = directory.mailbox(what);
                if (mailbox == null) {
                    unknown.add(what);
                    continue;
                }
                if (grantsFullAccess) {
                    fullAccess.add(mailbox);
                }
                if (grantsWriteProperty) {
                    writeProperty.add(mailbox);
                }
            }
        }
        table.refuseIfAny(problems);
        var fullAccessResult = mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.ids(fullAccess));
        var writePropertyResult = mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.ids(writeProperty));
        for (String database : receiveAs) {
            mailboxes.setReceiveAs(database, true);
        }
        return new PermissionImportSummary(fileName, table.rows().size(), forAdmin, fullAccessResult, writePropertyResult,
                List.copyOf(receiveAs), List.copyOf(unknown), table.notes());
    }

    /** "CONTOSO\migadmin", "migadmin@contoso.com" and "migadmin" name the same account. */
    static boolean isMigrationAdmin(String user, String admin) {
        String u = user.strip().toLowerCase(Locale.ROOT);
        String a = admin.strip().toLowerCase(Locale.ROOT);
        return !u.isEmpty() && (u.equals(a) || accountName(u).equals(accountName(a)));
    }

    private static String accountName(String account) {
        String name = account.contains("\\") ? account.substring(account.lastIndexOf('\\') + 1) : account;
        return name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
    }
}
