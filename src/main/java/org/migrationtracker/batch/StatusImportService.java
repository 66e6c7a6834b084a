package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.MeteredImport;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.ImportLimits;
import org.migrationtracker.csv.CsvTable;
import org.migrationtracker.csv.ExportTimes;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BatchMailboxes;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ProgressUpdate;
import org.migrationtracker.mailbox.batches.BatchCounts;
import org.migrationtracker.mailbox.batches.StatusReport;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Imports what admins export from Exchange Online (`Get-MigrationBatch`, `Get-MigrationUser`,
 * `Get-MigrationUserStatistics`, and `Get-MoveRequestStatistics` for hybrid moves) so that nobody retypes statuses.
 * The export is recognised by its columns. All or nothing: any malformed value refuses the file with its line and
 * column. Identities not in the tracker and undocumented status values are reported, not refused.
 */
@Service
public class StatusImportService {

    public static final int MAX_ROWS = 200_000;
    /** What the database keeps of Microsoft's status and consistency score (db/migration/V004: varchar(64), varchar(32)). */
    static final int STATUS_LENGTH = 64;
    static final int CONSISTENCY_LENGTH = 32;

    enum Export {
        MIGRATION_BATCH("Get-MigrationBatch"),
        MIGRATION_USER("Get-MigrationUser / Get-MigrationUserStatistics"),
        MOVE_REQUEST("Get-MoveRequestStatistics");

        final String label;

        Export(String label) {
            this.label = label;
        }
    }

    private final BatchMailboxes mailboxes;
    private final MigrationBatchRepository batches;
    private final BatchHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ImportLimits limits;

    StatusImportService(BatchMailboxes mailboxes, MigrationBatchRepository batches, BatchHistory history,
                        ApplicationEventPublisher events, Clock clock, CurrentUser currentUser, ImportLimits limits) {
        this.limits = limits;
        this.mailboxes = mailboxes;
        this.batches = batches;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @MeteredImport("status")
    public StatusImportSummary importStatus(String fileName, byte[] content) {
        return importStatus(fileName, content, false);
    }

    /**
     * @param joinNamedBatch apply rows whose batch differs from the tracker's to the batch the export names (when that
     *                       batch exists), making the mailbox a member of it; otherwise such rows are listed, not applied
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @MeteredImport("status")
    public StatusImportSummary importStatus(String fileName, byte[] content, boolean joinNamedBatch) {
        var table = CsvReader.readAll(fileName, content, limits.rows(MAX_ROWS));
        var export = recognise(table).orElseThrow(() -> table.refusal(List.of(CsvProblem.at(1, "",
                "status.unknown-export", String.join(", ", table.header())))));
        return export == Export.MIGRATION_BATCH ? batchStatus(table) : mailboxStatus(table, export, joinNamedBatch);
    }

    static Optional<Export> recognise(CsvTable table) {
        boolean identity = table.column("Identity").isPresent();
        if (table.column("MailboxEmailAddress").isPresent()
                || (identity && (table.column("StatusSummary").isPresent() || table.column("SyncedItemCount").isPresent()
                || table.column("ErrorSummary").isPresent()))) {
            return Optional.of(Export.MIGRATION_USER);
        }
        if (identity && (table.column("TotalCount").isPresent() || table.column("MigrationType").isPresent()
                || table.column("FinalizedCount").isPresent())) {
            return Optional.of(Export.MIGRATION_BATCH);
        }
        if ((identity || table.column("DisplayName").isPresent()) && (table.column("StatusDetail").isPresent()
                || table.column("PercentComplete").isPresent() || table.column("BadItemsEncountered").isPresent())) {
            return Optional.of(Export.MOVE_REQUEST);
        }
        return Optional.empty();
    }

    private StatusImportSummary mailboxStatus(CsvTable table, Export export, boolean joinNamedBatch) {
        var problems = new ArrayList<CsvProblem>();
        var email = table.column("MailboxEmailAddress");
        var identity = table.column("Identity");
        var displayName = table.column("DisplayName");
        var status = table.column("Status");
        var summary = table.column("StatusSummary");
        if (status.isEmpty() && summary.isEmpty()) {
            throw table.refusal(List.of(CsvProblem.at(1, "Status", "status.no-status-column")));
        }
        var detail = export == Export.MOVE_REQUEST ? table.column("StatusDetail", "Message") : table.column("ErrorSummary", "Error");
        var lastSync = table.column("LastSuccessfulSyncTime", "LastSuccessfulSyncTimestamp", "LastUpdateTimestamp");
        var synced = table.column("SyncedItemCount", "ItemsTransferred");
        var skipped = table.column("SkippedItemCount", "BadItemsEncountered");
        var percent = table.column("PercentageComplete", "PercentComplete");
        var consistency = table.column("DataConsistencyScore");
        var batchColumn = export == Export.MOVE_REQUEST ? table.column("BatchName") : table.column("BatchId", "BatchName");
        Function<CsvTable.Row, String> identityOf = row -> email.map(row::get).filter(v -> !v.isBlank())
                .or(() -> identity.map(row::get)).or(() -> displayName.map(row::get)).orElse("").strip();
        // only the mailboxes the file can name: at 100,000 mailboxes, the whole directory cost more than the import
        var directory = mailboxes.directory(table.rows().stream().map(identityOf).filter(who -> !who.isEmpty()).toList());
        var zone = clock.getZone();
        var placed = new ArrayList<BatchPlacement.Placed>();
        var unknownIds = new LinkedHashSet<String>();
        var unknownStatus = new TreeMap<String, Integer>();
        for (var row : table.rows()) {
            String who = identityOf.apply(row);
            if (who.isEmpty()) {
                problems.add(CsvProblem.at(row.line(), email.or(() -> identity).map(table::columnName).orElse("Identity"),
                        "status.mailbox-identity-empty"));
                continue;
            }
            String raw = status.map(row::get).orElse("").strip();
            if (raw.isEmpty()) {
                raw = summary.map(row::get).orElse("").strip();
                table.fits(row, summary.orElse(null), STATUS_LENGTH, problems);
            } else {
                table.fits(row, status.orElse(null), STATUS_LENGTH, problems);
            }
            table.fits(row, consistency.orElse(null), CONSISTENCY_LENGTH, problems);
            MailboxState observed;
            if (export == Export.MOVE_REQUEST) {
                observed = MicrosoftStatus.ofMoveRequest(raw);
                if (!MicrosoftStatus.isKnownMoveRequest(raw)) {
                    unknownStatus.merge(raw, 1, Integer::sum);
                }
            } else {
                observed = status.isPresent() && !status.map(row::get).orElse("").isBlank()
                        ? MicrosoftStatus.ofMigrationUser(raw) : MicrosoftStatus.ofStatusSummary(raw);
                if (status.isPresent() && !status.map(row::get).orElse("").isBlank() && !MicrosoftStatus.isKnownMigrationUser(raw)) {
                    unknownStatus.merge(raw, 1, Integer::sum);
                }
            }
            var update = new ProgressUpdate(raw, detail.map(row::get).map(String::strip).orElse(null),
                    time(row, lastSync, table, zone, problems), number(row, synced, table, problems),
                    number(row, skipped, table, problems), percent(row, percent, table, problems),
                    consistency.map(row::get).map(String::strip).orElse(null));
            Long mailbox = directory.mailbox(who);
            if (mailbox == null) {
                unknownIds.add(who);
                continue;
            }
            String named = batchColumn.map(row::get).map(StatusImportService::batchName).orElse("");
            placed.add(new BatchPlacement.Placed(row.line(), who, named, new StatusReport(mailbox, update, observed)));
        }
        table.refuseIfAny(problems);
        var counts = mailboxes.countsByBatch();
        var placement = BatchPlacement.check(placed, mailboxes.batchOf(placed.stream().map(p -> p.report().mailboxId()).toList()),
                name -> batches.findByName(name).filter(b -> b.getStatus().allows(BatchAction.ADD_MAILBOXES))
                        .map(b -> new BatchPlacement.Target(b.getId(), b.getName(),
                                BatchRules.room(b.getMethod(), counts.getOrDefault(b.getId(), BatchCounts.EMPTY).total()))),
                joinNamedBatch);
        var operation = UUID.randomUUID();
        var result = mailboxes.recordMicrosoftStatus(Message.of("bulk.action.status-import", table.fileName()),
                placement.applied(), operation);
        placement.joined().forEach((batch, joined) -> {
            // the membership an export created is in the batch's history like any other addition
            history.record(batch.batchId(), clock.instant(), currentUser.actor(), operation, "mailboxes added", null,
                    String.valueOf(joined));
            events.publishEvent(new BatchChanged(batch.batchId(), batch.batchName(), operation));
        });
        return new StatusImportSummary(table.fileName(), export.label, table.rows().size(), result.changed(), result.unchanged(),
                0, 0, List.copyOf(unknownIds), unknownStatus, placement.notApplied(), table.notes());
    }

    private StatusImportSummary batchStatus(CsvTable table) {
        var problems = new ArrayList<CsvProblem>();
        var identity = table.column("Identity").orElseThrow();
        var status = table.column("Status");
        if (status.isEmpty()) {
            throw table.refusal(List.of(CsvProblem.at(1, "Status", "status.no-status-column")));
        }
        var lastSynced = table.column("LastSyncedDateTime", "LastSyncedTime");
        var zone = clock.getZone();
        var unknownIds = new LinkedHashSet<String>();
        var unknownStatus = new TreeMap<String, Integer>();
        record Row(MigrationBatch batch, String raw, @Nullable BatchStatus mapped, @Nullable Instant synced) {
        }
        var rows = new ArrayList<Row>();
        for (var row : table.rows()) {
            String name = row.get(identity).strip();
            if (name.isEmpty()) {
                problems.add(CsvProblem.at(row.line(), table.columnName(identity), "status.batch-identity-empty"));
                continue;
            }
            String raw = row.get(status.get()).strip();
            table.fits(row, status.get(), STATUS_LENGTH, problems);
            var mapped = BatchStatus.fromExchange(raw);
            if (mapped == null) {
                unknownStatus.merge(raw, 1, Integer::sum);
            }
            Instant synced = time(row, lastSynced, table, zone, problems);
            var batch = batches.findByName(name);
            if (batch.isEmpty()) {
                unknownIds.add(name);
                continue;
            }
            rows.add(new Row(batch.get(), raw, mapped, synced));
        }
        table.refuseIfAny(problems);
        int changed = 0;
        var operation = UUID.randomUUID();
        var now = clock.instant();
        String actor = currentUser.actor();
        for (var row : rows) {
            var batch = row.batch();
            var newStatus = row.mapped() == null ? batch.getStatus() : row.mapped();
            var newSynced = row.synced() == null ? batch.getLastSyncedAt() : row.synced();
            if (batch.getRawStatus().equals(row.raw()) && batch.getStatus() == newStatus
                    && Objects.equals(batch.getLastSyncedAt(), newSynced)) {
                continue;
            }
            history.record(batch.getId(), now, actor, operation, "status", batch.getStatus().exchangeName(), newStatus.exchangeName());
            history.record(batch.getId(), now, actor, operation, "microsoft_status", batch.getRawStatus(), row.raw());
            history.record(batch.getId(), now, actor, operation, "last_synced", batch.getLastSyncedAt(), newSynced);
            batch.recordExchangeStatus(row.raw(), row.mapped(), row.synced(), batch.getStatusError(), actor, now);
            changed++;
            events.publishEvent(new BatchChanged(batch.getId(), batch.getName(), operation));
        }
        batches.flush();
        return new StatusImportSummary(table.fileName(), Export.MIGRATION_BATCH.label, table.rows().size(), 0, 0, changed,
                rows.size() - changed, List.copyOf(unknownIds), unknownStatus, List.of(), table.notes());
    }

    /** Get-MoveRequestStatistics names a migration batch's moves "MigrationService:Finance1". */
    static String batchName(String value) {
        String name = value.strip();
        int colon = name.indexOf(':');
        return colon >= 0 && name.regionMatches(true, 0, "MigrationService", 0, colon) ? name.substring(colon + 1).strip() : name;
    }

    private static @Nullable Instant time(CsvTable.Row row, Optional<Integer> column, CsvTable table, ZoneId zone,
                                          List<CsvProblem> problems) {
        if (column.isEmpty()) {
            return null;
        }
        try {
            return ExportTimes.parse(row.get(column.get()), zone);
        } catch (DateTimeParseException notATime) {
            problems.add(CsvProblem.at(row.line(), table.columnName(column.get()), "status.not-a-date", row.get(column.get())));
            return null;
        }
    }

    private static @Nullable Long number(CsvTable.Row row, Optional<Integer> column, CsvTable table, List<CsvProblem> problems) {
        if (column.isEmpty() || row.get(column.get()).isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(row.get(column.get()).strip().replace(",", "").replace(".", "").replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException notANumber) {
            problems.add(CsvProblem.at(row.line(), table.columnName(column.get()), "status.not-a-number", row.get(column.get())));
            return null;
        }
    }

    private static @Nullable Integer percent(CsvTable.Row row, Optional<Integer> column, CsvTable table, List<CsvProblem> problems) {
        Long value = number(row, column, table, problems);
        if (value != null && (value < 0 || value > 100)) {
            problems.add(CsvProblem.at(row.line(), table.columnName(column.get()), "status.not-a-percentage", value));
            return null;
        }
        return value == null ? null : value.intValue();
    }
}
