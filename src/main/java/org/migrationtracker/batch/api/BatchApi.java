package org.migrationtracker.batch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.BatchAction;
import org.migrationtracker.batch.BatchConflict;
import org.migrationtracker.batch.BatchCreation;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.batch.BatchRefused;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.MigrationBatch;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.batch.StatusImportService;
import org.migrationtracker.batch.StatusImportSummary;
import org.migrationtracker.csv.CsvRefusal;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.UploadedFile;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.batches.BatchCounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** {@code /api/v1} for batches and Microsoft's status exports; the same rules and messages as the board. */
@Tag(name = "Batches", description = "Migration batches, the batch CSV and Microsoft's status exports")
@RestController
@RequestMapping("/api/v1")
class BatchApi {


    private final BatchService batches;
    private final StatusImportService status;

    BatchApi(BatchService batches, StatusImportService status) {
        this.batches = batches;
        this.status = status;
    }

    /** {@code actions}: what the batch's status allows ({@code BatchStatus.allows}), e.g. {@code ["START", "FAIL"]}. */
    record BatchJson(String name, String method, String startMode, String status, List<String> actions, String rawStatus, String statusError,
                     @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable Instant startedAt, @Nullable Instant completedAt,
                     String endpointName, String notes, @Nullable Instant lastSyncedAt,
                     BatchCounts counts, long version, @Nullable List<MailboxJson> mailboxes) {

        static BatchJson of(BatchOverview o, @Nullable List<MailboxJson> mailboxes) {
            MigrationBatch b = o.batch();
            return new BatchJson(b.getName(), b.getMethod().name(), b.getStartMode().name(), b.getStatus().exchangeName(),
                    b.getStatus().actions().stream().map(BatchAction::name).toList(),
                    b.getRawStatus(), b.getStatusError(), b.getPlannedStart(), b.getPlannedEnd(), b.getStartedAt(), b.getCompletedAt(),
                    b.getEndpointName(), b.getNotes(),
                    b.getLastSyncedAt(), o.counts(), b.getVersion(), mailboxes);
        }
    }

    record MailboxJson(String primaryAddress, String state, boolean ready, List<String> readinessReasons, String microsoftStatus) {
    }

    /** The body of {@code POST /api/v1/batches}: mailboxes by address, or those waiting that match a filter. */
    record CreateRequest(String name, @Nullable StartMode startMode, @Nullable LocalDate plannedStart,
                         @Nullable String endpointName, @Nullable String notes, @Nullable List<String> addresses,
                         @Nullable FilterJson filter, @Nullable Boolean split, @Nullable LocalDate plannedEnd) {
    }

    record FilterJson(@Nullable String department, @Nullable String database, @Nullable Boolean readyOnly) {
    }

    record CreatedJson(List<String> batches, int mailboxes, List<BulkResult.Refusal> refused, List<String> unknownAddresses,
                       List<Message> warnings) {

        static CreatedJson of(BatchCreation c) {
            return new CreatedJson(c.batches().stream().map(MigrationBatch::getName).toList(), c.mailboxes(), c.refusals(),
                    c.unknownAddresses(), c.warnings());
        }
    }

    /** Messages serialise as their English text. */
    record Reasons(Message message, List<Message> reasons) {
    }

    record Valid(String message, int rows) {
    }

    @Operation(operationId = "createBatch", summary = "Create a batch from mailboxes or a filter",
            description = "Admins. The batch rules hold: only ready mailboxes, one method, a staged group above 2,000 is refused unless split is true.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedJson.class)))
    @PostMapping(path = "/batches", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedJson> create(@RequestBody CreateRequest request) {
        var draft = new BatchDraft(request.name() == null ? "" : request.name(),
                request.startMode() == null ? StartMode.MANUAL : request.startMode(), request.plannedStart(),
                request.endpointName() == null ? "" : request.endpointName(), request.notes() == null ? "" : request.notes(),
                request.plannedEnd());
        BulkTarget target;
        if (request.addresses() != null && !request.addresses().isEmpty()) {
            target = BulkTarget.addresses(request.addresses());
        } else if (request.filter() != null) {
            var states = !Boolean.FALSE.equals(request.filter().readyOnly()) ? EnumSet.of(MailboxState.READY) : EnumSet.of(MailboxState.READY, MailboxState.NOT_READY);
            target = BulkTarget.matching(MailboxFilter.all().withStates(states).withDepartment(request.filter().department())
                    .withDatabase(request.filter().database()));
        } else {
            throw new BatchRefused(Message.of("batch.not-created"), Message.of("batch.api.no-target"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(CreatedJson.of(batches.create(draft, target, Boolean.TRUE.equals(request.split()))));
    }

    @Operation(operationId = "listBatches", summary = "List the batches with their progress",
            description = "Admins and the project lead.")
    @GetMapping("/batches")
    List<BatchJson> list() {
        return batches.board().stream().map(o -> BatchJson.of(o, null)).toList();
    }

    @Operation(operationId = "getBatch", summary = "One batch with its mailboxes",
            description = "Admins and the project lead. 404 when no batch has the name.")
    @ApiResponse(responseCode = "200", description = "Found", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchJson.class)))
    @GetMapping("/batches/{name}")
    ResponseEntity<?> one(@PathVariable String name) {
        return batches.find(name).<ResponseEntity<?>>map(o -> ResponseEntity.ok(BatchJson.of(o, batches.mailboxesOf(name).stream()
                        .map(m -> new MailboxJson(m.primaryAddress(), m.state().name(), m.lifecycle().ready(),
                                m.readinessInWords(), m.progress().status())).toList())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Reasons(Message.of("batch.none"), List.of(Message.of("batch.no-such", name)))));
    }

    /** The staged batch CSV; {@code passwords=false} leaves the temporary passwords out. */
    @Operation(operationId = "downloadBatchCsv", summary = "Download the staged batch CSV (EmailAddress,Password,ForceChangePassword)",
            description = "Admins. Fresh strong temporary passwords, never stored or logged; passwords=false leaves them out. "
                    + "mailPasswords=true (with passwords) also mails each user their password in the announcement of the move (held in memory until sent). "
                    + "422 for a batch that is not staged.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/batches/{name}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String name, @RequestParam(defaultValue = "true") boolean passwords,
                               @RequestParam(defaultValue = "false") boolean mailPasswords) {
        byte[] file = mailPasswords ? batches.exportCsvMailingPasswords(name) : batches.exportCsv(name, passwords);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(file);
    }

    @Operation(operationId = "validateBatchCsv", summary = "Check a batch CSV as the Exchange admin center would",
            description = "Admins. Checks the file as the Exchange admin center would, and that it names primary addresses; nothing is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A batch CSV made elsewhere", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = "EmailAddress,Password,ForceChangePassword\r\nanna.berg@contoso.com,Kx7#mQ2vLp9w,True\r\n")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/batches/validate", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Valid validate(@RequestBody(required = false) byte @Nullable [] body, @RequestParam(defaultValue = "batch.csv") String fileName) {
        var valid = batches.validateCsv(fileName, UploadedFile.bytesOf(body));
        return new Valid(Message.of("batch-csv.valid", fileName).english(), valid.addresses().size());
    }

    @Operation(operationId = "importMigrationStatus", summary = "Import one of Microsoft's status exports (Get-MigrationUser, Get-MigrationBatch, ...)",
            description = "Admins. Each row is applied only to the batch it names; rows for another batch or a mailbox in no batch come back in notApplied. joinNamedBatch=true applies those naming an existing batch to it.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A Get-MigrationUser | Get-MigrationUserStatistics export (or Get-MigrationBatch, Get-MoveRequestStatistics)", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = "Identity,BatchId,Status,StatusSummary,SyncedItemCount,SkippedItemCount,LastSuccessfulSyncTime,PercentageComplete,Error,DataConsistencyScore\r\nanna.berg@contoso.com,Finance1,Synced,Synced,4210,0,3/12/2026 9:41:07 PM,95,,Perfect\r\n")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/status/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    StatusImportSummary importStatus(@RequestBody(required = false) byte @Nullable [] body,
                                     @RequestParam(defaultValue = "status.csv") String fileName,
                                     @RequestParam(defaultValue = "false") boolean joinNamedBatch) {
        return status.importStatus(fileName, UploadedFile.bytesOf(body), joinNamedBatch);
    }

    /** Refused with each unmet condition until the removal guard holds. */
    @Operation(operationId = "removeBatch", summary = "Remove a batch once the removal guard holds",
            description = "Admins. Refused (422) with each unmet condition until 72 hours after the MX record points to Microsoft 365, the batch synced after that, and all its mailboxes are completed (staged: converted).")
    @PostMapping("/batches/{name}/remove")
    BulkResult remove(@PathVariable String name, @RequestParam(required = false) Long version) {
        long current = version != null ? version : batches.find(name).map(o -> o.batch().getVersion())
                .orElseThrow(() -> BatchRefused.noSuchBatch(name));
        return batches.remove(name, current);
    }

    @ExceptionHandler(BatchRefused.class)
    ResponseEntity<Reasons> refused(BatchRefused refused) {
        return ResponseEntity.unprocessableContent().body(new Reasons(refused.message(), refused.reasons()));
    }

    @ExceptionHandler(CsvRefusedException.class)
    ResponseEntity<CsvRefusal> invalid(CsvRefusedException refused) {
        return ResponseEntity.unprocessableContent().body(CsvRefusal.of(refused));
    }

    @ExceptionHandler(BatchConflict.class)
    ResponseEntity<Reasons> conflict(BatchConflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Reasons(conflict.message(), List.of()));
    }

}
