package org.migrationtracker.backup.api;

import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.backup.FullExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code GET /api/v1/export.zip}: the full export, streamed as it is read (admins). */
@RestController
@RequestMapping("/api/v1")
class ExportApi {

    private final FullExport export;

    ExportApi(FullExport export) {
        this.export = export;
    }

    @GetMapping("/export.zip")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString());
        export.write(response.getOutputStream());
    }
}
