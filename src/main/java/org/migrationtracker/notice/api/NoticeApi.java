package org.migrationtracker.notice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.notice.DueNext;
import org.migrationtracker.notice.Notice;
import org.migrationtracker.notice.NoticeKind;
import org.migrationtracker.notice.NoticeQuery;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.notice.NoticeStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The notices over HTTP: list what went out and what waits, preview a kind for a user, send a kind to a selection or a batch. */
@Tag(name = "Notices", description = "Notices to the users who move: sent, queued, due next; preview and send")
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApi {

    record NoticeJson(long id, String recipient, String kind, String language, String batch, String status, int attempts,
                      String lastError, Instant queuedAt, String queuedBy, @Nullable Instant sentAt, boolean resend, boolean withPassword,
                      String subject) {

        static NoticeJson of(Notice n) {
            return new NoticeJson(n.id(), n.recipient(), n.kind().name(), n.language(), n.batchName(), n.status().name(), n.attempts(),
                    n.lastError(), n.queuedAt(), n.queuedBy(), n.sentAt(), n.resend(), n.withPassword(), n.subject());
        }
    }

    record NoticeWithBody(NoticeJson notice, String body) {
    }

    record NoticePage(int total, int offset, List<NoticeJson> notices) {
    }

    record DueNotice(String kind, String batch, LocalDate on, int users) {

        static DueNotice of(DueNext due) {
            return new DueNotice(due.kind().name(), due.batchName(), due.on(), due.users());
        }
    }

    record NoticePreview(String recipient, String language, String subject, String html, String text, boolean calendar) {
    }

    /** The body of {@code POST /api/v1/notices/send}: a kind, and either mailboxes by primary address or a batch. */
    record NoticeSendRequest(@Nullable String kind, @Nullable List<String> mailboxes, @Nullable String batch, @Nullable Boolean resend) {
    }

    record NoticesQueued(int queued, int alreadySent, int notPeople, List<String> unknown) {

        static NoticesQueued of(NoticeService.Queued queued) {
            return new NoticesQueued(queued.queued(), queued.alreadySent(), queued.notPeople(), queued.unknown());
        }
    }

    record Error(Message message) {
    }

    private final NoticeService notices;
    private final MailboxSearch mailboxes;

    NoticeApi(NoticeService notices, MailboxSearch mailboxes) {
        this.notices = notices;
        this.mailboxes = mailboxes;
    }

    @Operation(operationId = "listNotices", summary = "List notices, newest first",
            description = "Everyone signed in. Narrowed by status (QUEUED, RETRYING, SENT, FAILED, CANCELLED), kind (ANNOUNCEMENT, "
                    + "MOVING_TONIGHT, WELCOME, REMINDER, FREE) and a mailbox's primary address; offset and limit (at most 1000) page it.")
    @GetMapping
    NoticePage list(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String kind,
              @RequestParam(required = false) @Nullable String mailbox, @RequestParam(defaultValue = "0") int offset,
              @RequestParam(defaultValue = "100") int limit) {
        Long mailboxId = mailbox == null ? null : mailbox(mailbox).id();
        var query = new NoticeQuery(status == null ? null : status(status), kind == null ? null : kind(kind), mailboxId, "");
        return new NoticePage(notices.count(query), offset, notices.page(query, offset, limit).stream().map(NoticeJson::of).toList());
    }

    @Operation(operationId = "getNotice", summary = "One notice, with the body its user read",
            description = "Everyone signed in. The body is kept once sent; a temporary password in it is masked. 404 for an unknown id.")
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable long id) {
        return notices.find(id).<ResponseEntity<?>>map(n -> ResponseEntity.ok(new NoticeWithBody(NoticeJson.of(n), n.body())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error(Message.of("notice.api.no-such", id))));
    }

    @Operation(operationId = "listDueNotices", summary = "What the schedule sends on coming days",
            description = "Everyone signed in. Per day, kind and batch, how many users.")
    @GetMapping("/due")
    List<DueNotice> due() {
        return notices.dueNext().stream().map(DueNotice::of).toList();
    }

    @Operation(operationId = "previewNotice", summary = "A kind of notice as one user would read it",
            description = "Everyone signed in. In the user's language, from the template saved; a temporary password shows masked.")
    @GetMapping("/preview")
    NoticePreview preview(@RequestParam String kind, @RequestParam String mailbox) {
        var preview = notices.preview(kind(kind), mailbox(mailbox).id());
        return new NoticePreview(preview.recipient(), preview.language(), preview.subject(), preview.html(), preview.text(),
                preview.calendar() != null);
    }

    @Operation(operationId = "sendNotice", summary = "Send a kind of notice to mailboxes or a batch",
            description = "Admins. Queues the kind for each user (their language; shared, room and equipment mailboxes are left out); "
                    + "a kind other than FREE goes once per mailbox unless resend is true. Addresses not in the tracker come back in unknown.")
    @PostMapping("/send")
    NoticesQueued send(@RequestBody NoticeSendRequest request) {
        if (request.kind() == null) {
            throw new Refused("notice.api.kind-missing");
        }
        var kind = kind(request.kind());
        boolean resend = Boolean.TRUE.equals(request.resend());
        if (request.batch() != null && !request.batch().isBlank()) {
            return NoticesQueued.of(notices.sendToBatch(kind, request.batch(), resend));
        }
        if (request.mailboxes() == null || request.mailboxes().isEmpty()) {
            throw new Refused("notice.api.whom-missing");
        }
        return NoticesQueued.of(notices.sendToAddresses(kind, request.mailboxes(), resend));
    }

    private Mailbox mailbox(String address) {
        return mailboxes.findByAddress(address).orElseThrow(() -> new Refused("notice.api.no-mailbox", address));
    }

    private static NoticeKind kind(String value) {
        try {
            return NoticeKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused("notice.api.unknown-kind", value);
        }
    }

    private static NoticeStatus status(String value) {
        try {
            return NoticeStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused("notice.api.unknown-status", value);
        }
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Error> refused(Refused refused) {
        return ResponseEntity.unprocessableContent().body(new Error(refused.message()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Error> unreadable(HttpMessageNotReadableException unreadable) {
        return ResponseEntity.badRequest().body(new Error(Message.of("notice.api.bad-body")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Error> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return ResponseEntity.badRequest().body(new Error(Message.of("notice.api.bad-parameter", mismatch.getName())));
    }
}
