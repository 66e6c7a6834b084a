package org.migrationtracker.backup.api;

import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.backup.DatabaseDump;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code GET /api/v1/backup.zip}: a consistent dump of the whole database, streamed, to restore from (admins). */
@RestController
@RequestMapping("/api/v1")
class BackupApi {

    private final DatabaseDump dump;

    BackupApi(DatabaseDump dump) {
        this.dump = dump;
    }

    @GetMapping("/backup.zip")
    void backup(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(dump.fileName()).build().toString());
        dump.write(response.getOutputStream());
    }
}
