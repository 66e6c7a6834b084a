package org.migrationtracker.mailbox;

/** The orders the grid and the API offer; ties are broken by id so that paging is stable. */
public enum MailboxSort {
    DISPLAY_NAME("lower(m.display_name)"),
    PRIMARY_ADDRESS("m.primary_address"),
    DEPARTMENT("m.department"),
    DATABASE("lower(m.database_name)"),
    STATE("m.state"),
    SIZE("m.size_bytes"),
    UPDATED("m.updated_at");

    final String column;

    MailboxSort(String column) {
        this.column = column;
    }
}
