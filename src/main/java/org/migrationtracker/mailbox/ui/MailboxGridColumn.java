package org.migrationtracker.mailbox.ui;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxSort;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The mailbox grid's columns: their headers, the order each sorts by, their text (for the grid and the CSV export),
 * and which of them always stay (address, state and readiness: what a row is and where it stands).
 */
enum MailboxGridColumn {
    NAME("mailbox.name", MailboxSort.DISPLAY_NAME, false),
    ADDRESS("mailbox.address", MailboxSort.PRIMARY_ADDRESS, true),
    DEPARTMENT("mailbox.department", MailboxSort.DEPARTMENT, false),
    DATABASE("mailbox.database", MailboxSort.DATABASE, false),
    BATCH("mailbox.batch", MailboxSort.BATCH, false),
    STATE("mailbox.state", MailboxSort.STATE, true),
    READINESS("mailboxes.readiness", MailboxSort.READINESS, true),
    SIZE("mailbox.size", MailboxSort.SIZE, false);

    /** The grid's name where the user's column choice is remembered. */
    static final String GRID = "mailboxes";

    /** Below this width (a tablet held upright, a narrow window) only the columns that always stay and the batch are shown. */
    static final int NARROW_WIDTH = 1100;

    final String headerKey;
    final MailboxSort sort;
    /** Always shown: the chooser does not offer it, and a narrow screen keeps it. */
    final boolean kept;

    MailboxGridColumn(String headerKey, MailboxSort sort, boolean kept) {
        this.headerKey = headerKey;
        this.sort = sort;
        this.kept = kept;
    }

    /** The columns a user may hide. */
    static Set<MailboxGridColumn> optional() {
        var optional = EnumSet.allOf(MailboxGridColumn.class);
        optional.removeIf(c -> c.kept);
        return optional;
    }

    /** What is shown: the user's choice, and on a narrow screen only the kept columns and the batch (no sideways scrolling). */
    static Set<MailboxGridColumn> shown(Set<MailboxGridColumn> hidden, boolean narrow) {
        var shown = EnumSet.allOf(MailboxGridColumn.class);
        shown.removeIf(c -> !c.kept && (hidden.contains(c) || narrow && c != BATCH));
        return shown;
    }

    /** The column's key in the grid and in the remembered choice. */
    String key() {
        return sort.name();
    }

    /** The cell's text in the reader's language (the grid shows the state as a badge and ready as ✓). */
    String text(Mailbox m, Locale locale) {
        return switch (this) {
            case NAME -> m.inventory().displayName();
            case ADDRESS -> m.primaryAddress();
            case DEPARTMENT -> m.inventory().department();
            case DATABASE -> m.inventory().databaseName();
            case BATCH -> m.batch().batchName() == null ? "" : m.batch().batchName();
            case STATE -> m.state().message().in(locale);
            case READINESS -> m.lifecycle().readinessReasons().isEmpty() ? Message.of("yes").in(locale)
                    : String.join("; ", m.readinessMessages().stream().map(reason -> reason.in(locale)).toList());
            case SIZE -> MailboxGrid.size(m.inventory().sizeBytes(), locale);
        };
    }
}
