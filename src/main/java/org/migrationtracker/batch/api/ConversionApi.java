package org.migrationtracker.batch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.migrationtracker.batch.BatchRefused;
import org.migrationtracker.batch.ConversionExportService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** {@code /api/v1} for the mail-user conversion of a staged batch: the list and the script, as the batch dialog offers them. */
@Tag(name = "Batches")
@RestController
@RequestMapping("/api/v1")
class ConversionApi {

    private final ConversionExportService conversion;

    ConversionApi(ConversionExportService conversion) {
        this.conversion = conversion;
    }

    /** {@code Identity,DisplayName,TargetAddress,EmailAddresses} for the batch's completed mailboxes. */
    @Operation(operationId = "downloadConversionCsv", summary = "Download a staged batch's mail-user conversion CSV",
            description = "Admins; staged migrations. Identity, DisplayName, TargetAddress and EmailAddresses of the batch's completed mailboxes.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/batches/{name}/conversion.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        return download(conversion.csv(name), name + "-conversion.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /** The PowerShell script (UTF-8 with BOM) for the Exchange Management Shell on-premises, to review and run. */
    @Operation(operationId = "downloadConversionScript", summary = "Download a staged batch's mail-user conversion script for the Exchange Management Shell",
            description = "Admins; staged migrations. A PowerShell script (UTF-8 with BOM) for the Exchange Management Shell on-premises, to review and run.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @GetMapping("/batches/{name}/conversion.ps1")
    ResponseEntity<byte[]> script(@PathVariable String name) {
        return download(conversion.script(name), name + "-conversion.ps1", new MediaType("text", "plain", StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> download(byte[] file, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(type)
                .body(file);
    }

    /** Refused (not staged, no such batch, nothing completed): 422 with the reasons, as every batch call. */
    @ExceptionHandler(BatchRefused.class)
    ResponseEntity<BatchApi.Reasons> refused(BatchRefused refused) {
        return ResponseEntity.unprocessableContent().body(new BatchApi.Reasons(refused.message(), refused.reasons()));
    }
}
