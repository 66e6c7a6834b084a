package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The mailbox grid's columns and its lazy data: each page sorted and filtered in the database, the count of
 * matching mailboxes read with it. Selection (admins) and what a click does are the view's.
 */
class MailboxGrid extends Grid<Mailbox> {

    MailboxGrid(MailboxSearch mailboxes, Supplier<MailboxFilter> filter, IntConsumer matching) {
        addColumn(m -> m.inventory().displayName()).setHeader(getTranslation("mailbox.name"))
                .setKey(MailboxSort.DISPLAY_NAME.name()).setSortable(true).setAutoWidth(true).setFlexGrow(1);
        addColumn(Mailbox::primaryAddress).setHeader(getTranslation("mailbox.address"))
                .setKey(MailboxSort.PRIMARY_ADDRESS.name()).setSortable(true).setAutoWidth(true).setFlexGrow(1);
        addColumn(m -> m.inventory().department()).setHeader(getTranslation("mailbox.department"))
                .setKey(MailboxSort.DEPARTMENT.name()).setSortable(true).setAutoWidth(true);
        addColumn(m -> m.inventory().databaseName()).setHeader(getTranslation("mailbox.database"))
                .setKey(MailboxSort.DATABASE.name()).setSortable(true).setAutoWidth(true);
        addColumn(m -> m.batch().batchName() == null ? "" : m.batch().batchName()).setHeader(getTranslation("mailbox.batch"))
                .setAutoWidth(true);
        addComponentColumn(this::stateBadge).setHeader(getTranslation("mailbox.state")).setKey(MailboxSort.STATE.name())
                .setSortable(true).setAutoWidth(true);
        addColumn(m -> m.lifecycle().readinessReasons().isEmpty() ? "✓" : String.join("; ", reasons(m)))
                .setHeader(getTranslation("mailboxes.readiness")).setFlexGrow(2).setTooltipGenerator(m -> String.join("\n", reasons(m)));
        addColumn(m -> size(m.inventory().sizeBytes())).setHeader(getTranslation("mailbox.size"))
                .setKey(MailboxSort.SIZE.name()).setSortable(true).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSizeFull();
        setPageSize(100);
        var dataView = setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            var sort = order.map(o -> MailboxSort.valueOf(o.getSorted())).orElse(MailboxSort.DISPLAY_NAME);
            boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true);
            return mailboxes.page(filter.get(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> {
            int count = mailboxes.count(filter.get());
            matching.accept(count);
            return count;
        });
        dataView.setIdentifierProvider(Mailbox::id);
    }

    /** Why the mailbox is not ready, in the user's language. */
    List<String> reasons(Mailbox m) {
        return m.readinessMessages().stream().map(reason -> reason.in(getLocale())).toList();
    }

    private Span stateBadge(Mailbox m) {
        var tone = m.state().isMoved() ? Badge.SUCCESS : switch (m.state()) {
            case FAILED -> Badge.ERROR;
            case NOT_READY -> Badge.CONTRAST;
            default -> Badge.PLAIN;
        };
        return tone.of(getTranslation("state." + m.state().name()));
    }

    /** A mailbox's size as people read it: KB, MB or GB. */
    static String size(@Nullable Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes >= 1L << 30) {
            return String.format("%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format("%.0f MB", bytes / (double) (1L << 20));
        }
        return String.format("%d KB", bytes >> 10);
    }
}
