package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * Which rows a grid page reads. A page in the second half of the matching rows is read from the far end, in the
 * opposite order, and turned round: its offset counts from the end, so the last page costs what the first costs
 * (an {@code OFFSET} walks every row it skips). Without the number of matching rows, pages are read from the start.
 *
 * @param offset  rows skipped, counted from the end when {@code fromEnd}
 * @param limit   rows read
 * @param fromEnd read in the opposite order (and turned round afterwards)
 */
record PageWindow(int offset, int limit, boolean fromEnd) {

    static PageWindow of(int offset, int limit, @Nullable Integer total) {
        var fromStart = new PageWindow(offset, limit, false);
        if (total == null || offset >= total) {
            // nothing there by the count: read as asked (the count may be behind a row added since)
            return fromStart;
        }
        int fromEndOffset = total - offset - limit;
        if (Math.max(fromEndOffset, 0) >= offset) {
            return fromStart;
        }
        // a page that reaches past the end reads only the rows there are
        return fromEndOffset < 0 ? new PageWindow(0, limit + fromEndOffset, true) : new PageWindow(fromEndOffset, limit, true);
    }
}
