package org.migrationtracker.backup;

import org.migrationtracker.csv.CsvZip;
import org.migrationtracker.csv.ExportPart;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Everything the tracker knows as CSV files in one ZIP, streamed to the caller: each module writes its own tables
 * ({@link ExportPart}), all in one repeatable-read transaction, so the files show one moment and agree with each other;
 * rows come through cursors, so memory does not grow with the inventory. Admins only: it holds every name and note.
 */
@Service
public class FullExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final ObjectProvider<ExportPart> parts;
    private final Clock clock;

    FullExport(ObjectProvider<ExportPart> parts, Clock clock) {
        this.parts = parts;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String fileName() {
        return "migration-tracker-export-" + STAMP.format(clock.instant()) + ".zip";
    }

    /** Writes the ZIP to {@code out} (left open) and answers each file's row count. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, Long> write(OutputStream out) throws IOException {
        var zip = new CsvZip(out);
        List<ExportPart> ordered = parts.orderedStream().toList();
        for (var part : ordered) {
            part.writeTo(zip);
        }
        zip.finish();
        return zip.rows();
    }
}
