package org.migrationtracker.mailbox;

/** The orders the grid and the API offer; ties are broken by id so that paging is stable. */
public enum MailboxSort {
    DISPLAY_NAME("lower(m.display_name)", false),
    PRIMARY_ADDRESS("m.primary_address", false),
    DEPARTMENT("m.department", false),
    DATABASE("lower(m.database_name)", false),
    STATE("m.state", false),
    /** mailboxes of unknown size last */
    SIZE("m.size_bytes", true),
    /**
     * by the batch's name; mailboxes in no batch last. Joined, not a subquery per row: one hash join of the few
     * batches instead of 100,000 lookups (docs/adr/0041).
     */
    BATCH("lower(b.name)", true, " left join batch_name b on b.id = m.batch_id"),
    /** ready first, then by how many readiness checks do not hold */
    READINESS("cardinality(m.readiness)", false),
    UPDATED("m.updated_at", false);

    final String column;
    /** whether the column can be null (its nulls come last in either direction) */
    private final boolean nullable;
    /** the join the column needs, or nothing */
    final String join;

    MailboxSort(String column, boolean nullable) {
        this(column, nullable, "");
    }

    MailboxSort(String column, boolean nullable, String join) {
        this.column = column;
        this.nullable = nullable;
        this.join = join;
    }

    /**
     * The ORDER BY of this sort, or of its exact reverse (to read a page from the far end). Nulls come last in the
     * order asked for, so first when reversed; a column that is never null says nothing of nulls, which lets
     * PostgreSQL read its index forwards or backwards ({@code desc nulls last} would not match a backward scan).
     */
    String orderBy(boolean ascending, boolean reversed) {
        String direction = ascending != reversed ? "asc" : "desc";
        String nulls = !nullable ? "" : reversed ? " nulls first" : " nulls last";
        return " order by " + column + " " + direction + nulls + ", m.id " + direction;
    }
}
