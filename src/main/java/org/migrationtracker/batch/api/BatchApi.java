package org.migrationtracker.batch.api;

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

    @GetMapping("/batches")
    List<BatchJson> list() {
        return batches.board().stream().map(o -> BatchJson.of(o, null)).toList();
    }

    @GetMapping("/batches/{name}")
    ResponseEntity<?> one(@PathVariable String name) {
        return batches.find(name).<ResponseEntity<?>>map(o -> ResponseEntity.ok(BatchJson.of(o, batches.mailboxesOf(name).stream()
                        .map(m -> new MailboxJson(m.primaryAddress(), m.state().name(), m.lifecycle().ready(),
                                m.readinessInWords(), m.progress().status())).toList())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Reasons(Message.of("batch.none"), List.of(Message.of("batch.no-such", name)))));
    }

    /** The staged batch CSV; {@code passwords=false} leaves the temporary passwords out. */
    @GetMapping("/batches/{name}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String name, @RequestParam(defaultValue = "true") boolean passwords) {
        byte[] file = batches.exportCsv(name, passwords);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(file);
    }

    @PostMapping(path = "/batches/validate", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Valid validate(@RequestBody(required = false) byte @Nullable [] body, @RequestParam(defaultValue = "batch.csv") String fileName) {
        var valid = batches.validateCsv(fileName, UploadedFile.bytesOf(body));
        return new Valid(Message.of("batch-csv.valid", fileName).english(), valid.addresses().size());
    }

    @PostMapping(path = "/status/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    StatusImportSummary importStatus(@RequestBody(required = false) byte @Nullable [] body,
                                     @RequestParam(defaultValue = "status.csv") String fileName,
                                     @RequestParam(defaultValue = "false") boolean joinNamedBatch) {
        return status.importStatus(fileName, UploadedFile.bytesOf(body), joinNamedBatch);
    }

    /** Refused with each unmet condition until the removal guard holds. */
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
