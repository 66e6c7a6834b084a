package org.migrationtracker.backup.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.backup.DatabaseDump;
import org.migrationtracker.backup.FullExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The two ZIPs admins take out of the tracker, each streamed as it is read: {@code GET /api/v1/export.zip}, the full
 * export as CSV files, and {@code GET /api/v1/backup.zip}, a consistent dump of the whole database to restore from.
 */
@Tag(name = "Backup", description = "Every table as CSV files, and a restorable backup")
@RestController
@RequestMapping("/api/v1")
class BackupApi {

    private final FullExport export;
    private final DatabaseDump dump;

    BackupApi(FullExport export, DatabaseDump dump) {
        this.export = export;
        this.dump = dump;
    }

    @Operation(operationId = "downloadExport", summary = "Download every table as CSV files in a ZIP",
            description = "Admins. UTF-8 CSV files with a byte order mark, one per table, and a manifest of their rows; no password hashes.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/export.zip")
    void export(HttpServletResponse response) throws IOException {
        zip(response, export.fileName());
        export.write(response.getOutputStream());
    }

    @Operation(operationId = "downloadBackup", summary = "Download a restorable backup of the database in a ZIP",
            description = "Admins. A consistent dump of the whole database, which TRACKER_RESTORE_FROM loads back.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/backup.zip")
    void backup(HttpServletResponse response) throws IOException {
        zip(response, dump.fileName());
        dump.write(response.getOutputStream());
    }

    private static void zip(HttpServletResponse response, String fileName) {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
