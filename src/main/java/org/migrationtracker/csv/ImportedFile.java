package org.migrationtracker.csv;

/** What an import read: its data rows, counted by {@link MeteredImport}'s meters. */
public interface ImportedFile {

    int rows();
}
