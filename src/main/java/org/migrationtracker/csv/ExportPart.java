package org.migrationtracker.csv;

import java.io.IOException;

/**
 * One module's share of the full export (docs/adr/0038): each module writes the CSV files of its own tables, so that
 * no module names another's tables. Implementations are beans; the export calls them in their {@code @Order}, all in
 * one read-only transaction, so the files show one moment.
 */
public interface ExportPart {

    void writeTo(ExportArchive archive) throws IOException;
}
