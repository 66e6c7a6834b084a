package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.notice.DueNext;
import org.migrationtracker.notice.NoticeService;

/** What the schedule sends on coming days: per day, kind and batch, how many users. */
class DueNextGrid extends VerticalLayout {

    final Grid<DueNext> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final NoticeService notices;

    DueNextGrid(NoticeService notices) {
        this.notices = notices;
        setPadding(false);
        setSizeFull();
        grid.setId("notice-due-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(due -> Dates.day(due.on(), getLocale())).setHeader(getTranslation("notice.due.on")).setAutoWidth(true);
        grid.addColumn(due -> due.kind().message().in(getLocale())).setHeader(getTranslation("notice.grid.kind")).setAutoWidth(true);
        grid.addColumn(DueNext::batchName).setHeader(getTranslation("notice.grid.batch")).setAutoWidth(true);
        grid.addColumn(DueNext::users).setHeader(getTranslation("notice.due.users")).setAutoWidth(true);
        empty.setId("notice-due-note");
        add(empty, grid);
        refresh();
    }

    void refresh() {
        var due = notices.dueNext();
        grid.setItems(due);
        var settings = notices.settings();
        empty.setText(getTranslation(settings.automatic() ? "notice.due.note" : "notice.due.note-off"));
    }
}
