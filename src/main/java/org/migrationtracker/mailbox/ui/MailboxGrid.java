package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.data.provider.SortDirection;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The mailbox grid's columns and its lazy data: each page sorted and filtered in the database, the count of
 * matching mailboxes read with it (and handed to each page, so that a page deep down is read from the far end). Selection (admins) and what a click does are the view's.
 */
class MailboxGrid extends Grid<Mailbox> {

    final Map<MailboxGridColumn, Column<Mailbox>> columns = new EnumMap<>(MailboxGridColumn.class);
    /** The last count read, and the filter it was read for. */
    private @Nullable Counted counted;

    private record Counted(MailboxFilter filter, int total) {
    }

    MailboxGrid(MailboxSearch mailboxes, Supplier<MailboxFilter> filter, IntConsumer matching) {
        for (var c : MailboxGridColumn.values()) {
            var column = switch (c) {
                case STATE -> addComponentColumn(m -> MailboxStateBadge.of(m.state(), getLocale()));
                case READINESS -> addColumn(m -> m.lifecycle().readinessReasons().isEmpty() ? "✓" : String.join("; ", reasons(m)))
                        .setTooltipGenerator(m -> String.join("\n", reasons(m))).setFlexGrow(2);
                default -> addColumn(m -> c.text(m, getLocale()));
            };
            column.setHeader(getTranslation(c.headerKey)).setKey(c.key()).setSortable(true).setResizable(true);
            if (c != MailboxGridColumn.READINESS) {
                column.setAutoWidth(true);
            }
            if (c == MailboxGridColumn.NAME || c == MailboxGridColumn.ADDRESS) {
                column.setFlexGrow(1);
            }
            columns.put(c, column);
        }
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // the first automatic widths are measured before the header styles settle, a few pixels short: short headers
        // ("Batch", "Database") came out cut; measuring once more after the page has settled gives them their width
        addAttachListener(attach -> getElement().executeJs("setTimeout(() => this.recalculateColumnWidths(), 1000)"));
        setSizeFull();
        setPageSize(100);
        var dataView = setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            var sort = order.map(o -> MailboxSort.valueOf(o.getSorted())).orElse(MailboxSort.DISPLAY_NAME);
            boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true);
            var current = filter.get();
            var known = counted;
            // the count the grid has just read for this filter lets a page deep down be read from the far end
            return (known != null && known.filter().equals(current)
                    ? mailboxes.page(current, sort, ascending, query.getOffset(), query.getLimit(), known.total())
                    : mailboxes.page(current, sort, ascending, query.getOffset(), query.getLimit())).stream();
        }, query -> {
            var current = filter.get();
            int count = mailboxes.count(current);
            counted = new Counted(current, count);
            matching.accept(count);
            return count;
        });
        dataView.setIdentifierProvider(Mailbox::id);
    }

    /**
     * The ids of the rows the grid holds now (those the browser has been sent for its visible range and buffer,
     * and the selected ones): a change to any other mailbox does not touch this grid.
     */
    Set<Long> heldIds() {
        if (getDataCommunicator().getKeyMapper() instanceof KeyMapper<Mailbox> keys) {
            return keys.objects().stream().map(Mailbox::id).collect(Collectors.toSet());
        }
        return Set.of();
    }

    /** Shows these columns and hides the others. */
    void show(Set<MailboxGridColumn> shown) {
        columns.forEach((c, column) -> column.setVisible(shown.contains(c)));
    }

    /** The columns shown now, in the grid's order. */
    List<MailboxGridColumn> shownColumns() {
        return columns.entrySet().stream().filter(e -> e.getValue().isVisible()).map(Map.Entry::getKey).toList();
    }

    /** The order the user sorted by (the first sorted column), or by name. */
    MailboxSort sort() {
        return getSortOrder().stream().findFirst().map(o -> MailboxSort.valueOf(o.getSorted().getKey()))
                .orElse(MailboxSort.DISPLAY_NAME);
    }

    boolean ascending() {
        return getSortOrder().stream().findFirst().map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true);
    }

    /** Why the mailbox is not ready, in the user's language. */
    List<String> reasons(Mailbox m) {
        return m.readinessMessages().stream().map(reason -> reason.in(getLocale())).toList();
    }


    /** A mailbox's size as people read it: KB, MB or GB, with the reader's decimal separator. */
    static String size(@Nullable Long bytes, Locale locale) {
        if (bytes == null) {
            return "";
        }
        if (bytes >= 1L << 30) {
            return String.format(locale, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(locale, "%.0f MB", bytes / (double) (1L << 20));
        }
        return String.format(locale, "%d KB", bytes >> 10);
    }
}
