package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.notice.Notice;
import org.migrationtracker.notice.NoticeKind;
import org.migrationtracker.notice.NoticeQuery;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.notice.NoticeStatus;

import java.util.EnumSet;
import java.util.List;

/**
 * Every notice queued or sent, newest first and paged on the server, narrowed by status, kind and recipient; a row
 * opens what the user read. Admins cancel notices not sent yet and resend sent ones.
 */
class NoticeGrid extends VerticalLayout {

    final ComboBox<NoticeStatus> status = new ComboBox<>();
    final ComboBox<NoticeKind> kind = new ComboBox<>();
    final TextField recipient = new TextField();
    final Grid<Notice> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    private final NoticeService notices;

    NoticeGrid(NoticeService notices, boolean admin) {
        this.notices = notices;
        setPadding(false);
        setSizeFull();
        status.setLabel(getTranslation("notice.grid.status"));
        status.setItems(EnumSet.allOf(NoticeStatus.class));
        status.setItemLabelGenerator(s -> s.message().in(getLocale()));
        status.setClearButtonVisible(true);
        status.setId("notice-status-filter");
        kind.setLabel(getTranslation("notice.grid.kind"));
        kind.setItems(EnumSet.allOf(NoticeKind.class));
        kind.setItemLabelGenerator(k -> k.message().in(getLocale()));
        kind.setClearButtonVisible(true);
        kind.setId("notice-kind-filter");
        recipient.setLabel(getTranslation("notice.grid.recipient"));
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.setClearButtonVisible(true);
        recipient.setId("notice-recipient-filter");
        status.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        recipient.addValueChangeListener(change -> refresh());

        grid.setId("notice-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(n -> NoticeTexts.when(n, getLocale())).setHeader(getTranslation("notice.grid.when")).setAutoWidth(true);
        grid.addColumn(Notice::recipient).setHeader(getTranslation("notice.grid.recipient")).setAutoWidth(true);
        grid.addColumn(n -> n.kind().message().in(getLocale())).setHeader(getTranslation("notice.grid.kind")).setAutoWidth(true);
        grid.addColumn(n -> NoticeTexts.language(n.language(), this)).setHeader(getTranslation("notice.grid.language")).setAutoWidth(true);
        grid.addColumn(Notice::batchName).setHeader(getTranslation("notice.grid.batch")).setAutoWidth(true);
        grid.addColumn(n -> NoticeTexts.status(n, getLocale())).setHeader(getTranslation("notice.grid.status")).setFlexGrow(1);
        grid.addColumn(n -> n.queuedBy()).setHeader(getTranslation("notice.grid.by")).setAutoWidth(true);
        grid.addItemClickListener(click -> new NoticeDialog(click.getItem()).open());
        if (admin) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }

        var filters = new HorizontalLayout(status, kind, recipient);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (admin) {
            var cancel = new Button(getTranslation("notice.grid.cancel"), click -> cancelSelected());
            cancel.setId("notice-cancel");
            var resend = new Button(getTranslation("notice.grid.resend"), click -> resendSelected());
            resend.setId("notice-resend");
            filters.add(cancel, resend);
        }
        summary.setId("notice-summary");
        add(filters, summary, grid);
        refresh();
    }

    private NoticeQuery query() {
        return new NoticeQuery(status.getValue(), kind.getValue(), null, recipient.getValue());
    }

    void refresh() {
        var query = query();
        grid.setItems(q -> notices.page(query, q.getOffset(), q.getLimit()).stream(), q -> notices.count(query));
        summary.setText(getTranslation("notice.grid.summary", notices.count(query)));
    }

    private void cancelSelected() {
        var ids = grid.getSelectedItems().stream().map(Notice::id).toList();
        int cancelled = notices.cancel(ids);
        Notification.show(getTranslation("notice.grid.cancelled", cancelled));
        refresh();
    }

    private void resendSelected() {
        var chosen = List.copyOf(grid.getSelectedItems());
        int queued = 0;
        for (var kindChosen : EnumSet.allOf(NoticeKind.class)) {
            var ids = chosen.stream().filter(n -> n.kind() == kindChosen).map(Notice::mailboxId).toList();
            if (!ids.isEmpty()) {
                queued += notices.send(kindChosen, ids, true).queued();
            }
        }
        Notification.show(Message.of("notice.grid.resent", queued).in(getLocale()));
        refresh();
    }

    /** What one user was told, as they read it. */
    private static final class NoticeDialog extends com.vaadin.flow.component.dialog.Dialog {

        NoticeDialog(Notice notice) {
            setHeaderTitle(notice.subject().isBlank() ? notice.kind().message().in(getLocale()) : notice.subject());
            setWidth("min(48rem, 96vw)");
            var facts = new Paragraph(getTranslation("notice.dialog.facts", notice.recipient(), notice.kind().message().in(getLocale()),
                    NoticeTexts.language(notice.language(), this), NoticeTexts.status(notice, getLocale()), NoticeTexts.when(notice, getLocale()),
                    notice.queuedBy()));
            add(facts);
            if (!notice.body().isBlank()) {
                add(NoticePreviewPane.html(notice.body()));
            } else {
                add(new Div(getTranslation("notice.dialog.not-sent")));
            }
            getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        }
    }
}
