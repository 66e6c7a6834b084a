package org.migrationtracker.backup.api;

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
@RestController
@RequestMapping("/api/v1")
class BackupApi {

    private final FullExport export;
    private final DatabaseDump dump;

    BackupApi(FullExport export, DatabaseDump dump) {
        this.export = export;
        this.dump = dump;
    }

    @GetMapping("/export.zip")
    void export(HttpServletResponse response) throws IOException {
        zip(response, export.fileName());
        export.write(response.getOutputStream());
    }

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
