package org.migrationtracker.mailbox.api;

import org.migrationtracker.csv.UploadedFile;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvRefusal;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.mailbox.RecipientImportService;
import org.migrationtracker.mailbox.RecipientImportSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/recipients/import}: the on-premises recipients export after the mail-user conversion (staged). */
@RestController
@RequestMapping("/api/v1")
class RecipientApi {

    private final RecipientImportService recipients;

    RecipientApi(RecipientImportService recipients) {
        this.recipients = recipients;
    }

    /** The CSV as the body; no body at all is an empty file (422, "the file is empty"), like an empty one. */
    @PostMapping(path = "/recipients/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    RecipientImportSummary importRecipients(@RequestBody(required = false) byte @Nullable [] body,
                                            @RequestParam(name = "fileName", defaultValue = "recipients.csv") String fileName) {
        return recipients.importRecipients(fileName, UploadedFile.bytesOf(body));
    }

    /** A refused file (or a project that is not staged): 422 with every problem, as the inventory import answers. */
    @ExceptionHandler(CsvRefusedException.class)
    ResponseEntity<CsvRefusal> refused(CsvRefusedException refused) {
        return ResponseEntity.unprocessableContent().body(CsvRefusal.of(refused));
    }
}
