package org.migrationtracker.mailbox;

/** The orders the grid and the API offer; ties are broken by id so that paging is stable. */
public enum MailboxSort {
    DISPLAY_NAME("lower(m.display_name)"),
    PRIMARY_ADDRESS("m.primary_address"),
    DEPARTMENT("m.department"),
    DATABASE("lower(m.database_name)"),
    STATE("m.state"),
    SIZE("m.size_bytes"),
    /** by the batch's name; mailboxes in no batch last */
    BATCH("(select lower(b.name) from batch_name b where b.id = m.batch_id)"),
    /** ready first, then by how many readiness checks do not hold */
    READINESS("cardinality(m.readiness)"),
    UPDATED("m.updated_at");

    final String column;

    MailboxSort(String column) {
        this.column = column;
    }
}
