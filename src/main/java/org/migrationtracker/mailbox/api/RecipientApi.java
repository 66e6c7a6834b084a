package org.migrationtracker.mailbox.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Mailboxes")
@RestController
@RequestMapping("/api/v1")
class RecipientApi {

    private final RecipientImportService recipients;

    RecipientApi(RecipientImportService recipients) {
        this.recipients = recipients;
    }

    /** The CSV as the body; no body at all is an empty file (422, "the file is empty"), like an empty one. */
    @Operation(operationId = "importRecipients", summary = "Import the Get-Recipient export after the mail-user conversion (staged)",
            description = "Admins; staged migrations. Reports the mailboxes converted to mail users, those already converted, missing addresses and those still mailboxes.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The Get-Recipient export", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value = "PrimarySmtpAddress,RecipientTypeDetails,EmailAddresses\r\nanna.berg@contoso.com,MailUser,SMTP:anna.berg@contoso.com;smtp:anna.berg@contoso.mail.onmicrosoft.com\r\n")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
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
