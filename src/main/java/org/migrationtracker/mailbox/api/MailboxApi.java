package org.migrationtracker.mailbox.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvRefusal;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.UploadedFile;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.MailboxNote;
import org.migrationtracker.mailbox.CloudUserImportService;
import org.migrationtracker.mailbox.CloudUserImportSummary;
import org.migrationtracker.mailbox.HistoryEntry;
import org.migrationtracker.mailbox.ImportSummary;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxConflict;
import org.migrationtracker.mailbox.MailboxDetails;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.PermissionImportService;
import org.migrationtracker.mailbox.PermissionImportSummary;
import org.migrationtracker.mailbox.PreferredLanguage;
import org.migrationtracker.mailbox.ReadinessReason;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /api/v1} for scripts: the same services, rules and messages as the screens. Paths are stable.
 */
@Tag(name = "Mailboxes", description = "The inventory, its imports, one mailbox, notes and bulk changes")
@RestController
@RequestMapping("/api/v1")
class MailboxApi {

    static final int MAX_PAGE_SIZE = 1_000;

    private final MailboxSearch mailboxes;

    private final MailboxEdits edits;
    private final MailboxDetails details;
    private final InventoryImportService inventory;
    private final PermissionImportService permissions;
    private final CloudUserImportService cloudUsers;
    private final CurrentUser currentUser;

    MailboxApi(MailboxSearch mailboxes, MailboxEdits edits, MailboxDetails details, InventoryImportService inventory,
               PermissionImportService permissions, CloudUserImportService cloudUsers, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.mailboxes = mailboxes;
        this.edits = edits;
        this.details = details;
        this.inventory = inventory;
        this.permissions = permissions;
        this.cloudUsers = cloudUsers;
    }

    record MailboxJson(String primaryAddress, String displayName, String alias, String department, String database,
                       String recipientType, @Nullable Long sizeBytes, List<String> proxyAddresses, String preferredLanguage,
                       boolean umEnabled,
                       boolean umWasEnabled, boolean fullAccess, boolean receiveAsOnDatabase, boolean writeProperty,
                       String state, String stateNote, boolean ready, List<String> readinessReasons,
                       @Nullable LocalDate cloudCreatedOn, @Nullable LocalDate licenceAssignedOn,
                       @Nullable LocalDate licenceDeadline, boolean umReenabled, boolean outlookProfileReconfigured,
                       boolean mailUserConverted, Instant updatedAt, String updatedBy, long version,
                       @Nullable List<String> x500Addresses, @Nullable List<HistoryEntry> history) {

        /** In a list without X500 addresses and history (null); the detail has both. */
        static MailboxJson of(Mailbox m, @Nullable List<HistoryEntry> history) {
            return of(m, null, history);
        }

        static MailboxJson of(Mailbox m, @Nullable List<String> x500Addresses, @Nullable List<HistoryEntry> history) {
            var inventory = m.inventory();
            var permissions = m.permissions();
            var post = m.postMigration();
            return new MailboxJson(m.primaryAddress(), inventory.displayName(), inventory.alias(), inventory.department(),
                    inventory.databaseName(), inventory.recipientType().name(), inventory.sizeBytes(), inventory.proxyAddresses(),
                    inventory.preferredLanguage().code(), inventory.umEnabled(), inventory.umWasEnabled(),
                    permissions.fullAccess(), permissions.receiveAsOnDatabase(), permissions.writeProperty(), m.state().name(),
                    m.lifecycle().noteMessage().english(), m.lifecycle().ready(), m.readinessInWords(), post.cloudCreatedOn(),
                    post.licenceAssignedOn(), m.licenceDeadline(), post.umReenabled(), post.outlookProfileReconfigured(),
                    post.mailUserConverted(), m.lastChange().at(), m.lastChange().by(), m.version(), x500Addresses, history);
        }
    }

    record Page(List<MailboxJson> content, int page, int size, int totalElements) {
    }

    record Error(String message) {
    }

    /** The body of {@code POST /api/v1/mailboxes/bulk}. */
    record BulkRequest(@Nullable String action, @Nullable Boolean value, @Nullable String state, @Nullable String note,
                       @Nullable List<String> addresses, @Nullable FilterJson filter) {
    }

    record FilterJson(@Nullable List<String> state, @Nullable Boolean ready, @Nullable String reason,
                      @Nullable String department, @Nullable String database, @Nullable String q) {

        MailboxFilter toFilter() {
            return new MailboxFilter(state == null ? Set.of() : Set.copyOf(state.stream().map(MailboxApi::state).toList()),
                    ready, reason == null ? null : ReadinessReason.valueOf(reason), department, database, null, null, null, q);
        }
    }

    @Operation(operationId = "importInventory", summary = "Import the mailbox inventory (Get-Mailbox export)",
            description = "Admins. The file is read whole: any problem refuses it with every problem by line and column (422), and nothing changes. Mailboxes no longer in the file are reported as absent, not deleted. Excel's semicolon files, UTF-16 and #TYPE lines are accepted.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The Get-Mailbox export; all or nothing", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = "DisplayName,PrimarySmtpAddress,Alias,Department,Database,RecipientTypeDetails,UMEnabled,EmailAddresses,Languages\r\nAnna Berg,anna.berg@contoso.com,anna.berg,Finance,DB01,UserMailbox,False,SMTP:anna.berg@contoso.com;smtp:ab@contoso.com,da-DK\r\n")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/mailboxes/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportSummary importInventory(@RequestBody(required = false) byte @Nullable [] body,
                                  @RequestParam(name = "fileName", defaultValue = "inventory.csv") String fileName) {
        return inventory.importInventory(fileName, UploadedFile.bytesOf(body));
    }

    @Operation(operationId = "importPermissions", summary = "Import the migration admin's permissions (Get-MailboxPermission or Get-ADPermission export)",
            description = "Admins. Records FullAccess, Receive As and WriteProperty on TargetAddress for the project's migration admin account; rows for other accounts are counted and ignored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The Get-MailboxPermission or Get-ADPermission export", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = "Identity,User,AccessRights,IsInherited,Deny\r\ncontoso.com/Users/Anna Berg,CONTOSO\\migadmin,{FullAccess},False,False\r\n")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/permissions/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    PermissionImportSummary importPermissions(@RequestBody(required = false) byte @Nullable [] body,
                                              @RequestParam(name = "fileName", defaultValue = "permissions.csv") String fileName) {
        return permissions.importPermissions(fileName, UploadedFile.bytesOf(body));
    }

    @Operation(operationId = "importCloudUsers", summary = "Import the cloud users (Get-MgUser or Get-MsolUser export)",
            description = "Admins. Matches users to mailboxes by UserPrincipalName or Mail; sets each mailbox's creation date in Microsoft 365 (its licence deadline 30 days later) and licence state. Users without a mailbox are listed, not refused.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The Get-MgUser or Get-MsolUser export", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = "UserPrincipalName,Mail,CreatedDateTime,AssignedLicenses\r\nanna.berg@contoso.com,anna.berg@contoso.com,2026-03-02T09:15:00Z,1\r\n")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/cloud-users/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    CloudUserImportSummary importCloudUsers(@RequestBody(required = false) byte @Nullable [] body,
                                            @RequestParam(name = "fileName", defaultValue = "cloud-users.csv") String fileName) {
        return cloudUsers.importCloudUsers(fileName, UploadedFile.bytesOf(body));
    }

    @Operation(operationId = "listMailboxes", summary = "List mailboxes, filtered, a page at a time",
            description = "Every role. Filters combine; the page is sorted by primary address. size is at most 1,000.")
    @GetMapping("/mailboxes")
    Page list(@RequestParam(required = false) List<String> state, @RequestParam(required = false) Boolean ready,
              @RequestParam(required = false) String reason, @RequestParam(required = false) String department,
              @RequestParam(required = false) String database, @RequestParam(required = false) String q,
              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        var filter = new FilterJson(state, ready, reason, department, database, q).toFilter();
        int total = mailboxes.count(filter);
        int offset = (int) Math.min((long) page * size, Integer.MAX_VALUE);
        var content = mailboxes.page(filter, MailboxSort.PRIMARY_ADDRESS, true, offset, size, total).stream()
                .map(m -> MailboxJson.of(m, null)).toList();
        return new Page(content, page, size, total);
    }

    @Operation(operationId = "getMailbox", summary = "One mailbox, found by any of its addresses, with its history",
            description = "Every role. Admins and the project lead get the whole history and X500 addresses; the helpdesk the timeline of its card. 404 when no mailbox has the address.")
    @ApiResponse(responseCode = "200", description = "Found", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MailboxJson.class)))
    @GetMapping("/mailboxes/{primaryAddress}")
    ResponseEntity<?> one(@PathVariable String primaryAddress) {
        return mailboxes.findByAddress(primaryAddress)
                .<ResponseEntity<?>>map(m -> ResponseEntity.ok(asShown(m)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error(primaryAddress + " is not in the tracker")));
    }

    /** The body of {@code PATCH /api/v1/mailboxes/{address}}: what to change; the version read, if the caller has one. */
    record MailboxPatch(@Nullable String preferredLanguage, @Nullable Long version) {
    }

    /** An admin changes a mailbox's details; a version other than the stored one is a 409 conflict. */
    @Operation(operationId = "changeMailbox", summary = "Change a mailbox's details (its preferred language)",
            description = "Admins. Give the version you read: a newer one on the server is a 409 conflict.")
    @ApiResponse(responseCode = "200", description = "Found", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MailboxJson.class)))
    @PatchMapping(path = "/mailboxes/{primaryAddress}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> change(@PathVariable String primaryAddress, @RequestBody MailboxPatch patch) {
        var mailbox = mailboxes.findByAddress(primaryAddress);
        if (mailbox.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error(primaryAddress + " is not in the tracker"));
        }
        if (patch.preferredLanguage() == null) {
            throw new IllegalArgumentException("Nothing to change: give 'preferredLanguage'");
        }
        long version = patch.version() == null ? mailbox.get().version() : patch.version();
        var changed = details.setPreferredLanguage(mailbox.get().id(), version, PreferredLanguage.of(patch.preferredLanguage()));
        return ResponseEntity.ok(asShown(changed));
    }

    /**
     * One mailbox as the caller's screens show it: admins and the lead its whole history and X500 addresses (the
     * mailbox grid's dialog), the helpdesk the timeline of its card and no X500 addresses.
     */
    private MailboxJson asShown(Mailbox mailbox) {
        return currentUser.hasAnyRole(Role.ADMIN, Role.LEAD)
                ? MailboxJson.of(mailbox, mailboxes.x500Addresses(mailbox.id()), mailboxes.history(mailbox.id()))
                : MailboxJson.of(mailbox, List.of(), mailboxes.timeline(mailbox.id()));
    }

    record NoteRequest(@Nullable String text) {
    }

    /** For scripts and ticket systems: a note on a mailbox (helpdesk and admins), found by any of its addresses. */
    @Operation(operationId = "addMailboxNote", summary = "Add a note to a mailbox",
            description = "Admins and the helpdesk. The mailbox is found by any of its addresses.")
    @ApiResponse(responseCode = "201", description = "The note as saved", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MailboxNote.class)))
    @PostMapping(path = "/mailboxes/{primaryAddress}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> addNote(@PathVariable String primaryAddress, @RequestBody NoteRequest request) {
        var mailbox = mailboxes.findByAddress(primaryAddress);
        if (mailbox.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error(primaryAddress + " is not in the tracker"));
        }
        var note = edits.addNote(mailbox.get().id(), request.text() == null ? "" : request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(note);
    }

    @Operation(operationId = "bulkChangeMailboxes", summary = "Change permissions, UM state or lifecycle state of many mailboxes at once",
            description = "Admins. Name the mailboxes by addresses or a filter; the answer counts what changed, what already was so, and each refused mailbox with its reason.")
    @PostMapping(path = "/mailboxes/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    BulkResult bulk(@RequestBody BulkRequest request) {
        BulkAction action = switch (required(request.action(), "action").toUpperCase(Locale.ROOT)) {
            case "SET_FULL_ACCESS" -> new BulkAction.SetFullAccess(required(request.value(), "value"));
            case "SET_WRITE_PROPERTY" -> new BulkAction.SetWriteProperty(required(request.value(), "value"));
            case "SET_UM_ENABLED" -> new BulkAction.SetUmEnabled(required(request.value(), "value"));
            case "MOVE_TO" -> new BulkAction.MoveTo(state(required(request.state(), "state")),
                    request.note() == null ? "" : request.note());
            default -> throw new IllegalArgumentException("Unknown action '" + request.action()
                    + "': use SET_FULL_ACCESS, SET_WRITE_PROPERTY, SET_UM_ENABLED or MOVE_TO");
        };
        BulkTarget target;
        if (request.addresses() != null && !request.addresses().isEmpty()) {
            target = BulkTarget.addresses(request.addresses());
        } else if (request.filter() != null) {
            target = BulkTarget.matching(request.filter().toFilter());
        } else {
            throw new IllegalArgumentException("Name the mailboxes: 'addresses' or 'filter'");
        }
        return edits.bulk(action, target);
    }

    @ExceptionHandler(CsvRefusedException.class)
    ResponseEntity<CsvRefusal> refused(CsvRefusedException refused) {
        return ResponseEntity.unprocessableContent().body(CsvRefusal.of(refused));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Error> invalid(IllegalArgumentException invalid) {
        return ResponseEntity.unprocessableContent().body(new Error(invalid.getMessage()));
    }

    @ExceptionHandler(MailboxConflict.class)
    ResponseEntity<Error> conflict(MailboxConflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error(conflict.getMessage()));
    }

    static MailboxState state(String value) {
        try {
            return MailboxState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("Unknown state '" + value + "': use one of "
                    + Arrays.toString(MailboxState.values()));
        }
    }

    private static <T> T required(@Nullable T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' is required for this action");
        }
        return value;
    }

}
