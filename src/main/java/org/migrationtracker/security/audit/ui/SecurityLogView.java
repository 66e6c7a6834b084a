package org.migrationtracker.security.audit.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.SecurityEvent.Kind;
import org.migrationtracker.security.audit.SecurityLog;
import org.migrationtracker.security.audit.SecurityLogEntry;
import org.migrationtracker.security.audit.SecurityLogFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Admins read the security log: newest first, paged on the server, narrowed by kinds, a user name and days, and
 * download what the filter finds as CSV.
 */
@Route("admin/security-log")
@Menu(title = "nav.security-log", order = 92, icon = "icons/security-log.svg")
@RolesAllowed(Role.Names.ADMIN)
public class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    private final SecurityLog log;
    final MultiSelectComboBox<Kind> kinds = new MultiSelectComboBox<>();
    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<SecurityLogEntry> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Anchor export;
    private SecurityLogFilter filter = SecurityLogFilter.all();

    SecurityLogView(SecurityLog log) {
        this.log = log;
        setId("security-log-view");
        setSizeFull();

        kinds.setLabel(getTranslation("security-log.kinds"));
        kinds.setItems(EnumSet.allOf(Kind.class));
        kinds.setItemLabelGenerator(kind -> getTranslation("security-log.kind." + kind.name()));
        kinds.setClearButtonVisible(true);
        kinds.setId("security-log-kinds");
        text.setLabel(getTranslation("security-log.text"));
        text.setPlaceholder(getTranslation("security-log.text.placeholder"));
        text.setMaxLength(SecurityLogFilter.MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("security-log-text");
        for (var day : new DatePicker[] {from, to}) {
            day.setLocale(getLocale());
            day.setClearButtonVisible(true);
        }
        from.setLabel(getTranslation("security-log.from"));
        from.setId("security-log-from");
        to.setLabel(getTranslation("security-log.to"));
        to.setId("security-log-to");
        kinds.addValueChangeListener(change -> filterChanged());
        text.addValueChangeListener(change -> filterChanged());
        from.addValueChangeListener(change -> filterChanged());
        to.addValueChangeListener(change -> filterChanged());

        export = new Anchor((DownloadHandler) download -> {
            // the filter is read under the screen's lock; the file is then streamed page by page
            var shown = new AtomicReference<SecurityLogFilter>();
            download.getUI().accessSynchronously(() -> shown.set(filter));
            download.setFileName(log.exportFileName());
            download.setContentType("text/csv;charset=utf-8");
            log.export(shown.get(), download.getOutputStream());
        }, getTranslation("security-log.export"));
        export.setId("security-log-export");

        var bar = new HorizontalLayout(kinds, text, from, to, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        var time = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        column(entry -> time.format(entry.at()), "security-log.at");
        column(entry -> getTranslation("security-log.kind." + entry.kind().name()), "security-log.kind");
        column(SecurityLogEntry::actor, "security-log.actor");
        column(entry -> orEmpty(entry.subject()), "security-log.subject");
        column(entry -> orEmpty(entry.clientAddress()), "security-log.address");
        column(SecurityLogEntry::instance, "security-log.instance");
        grid.addColumn(SecurityLogEntry::detail).setHeader(getTranslation("security-log.detail")).setFlexGrow(1)
                .setTooltipGenerator(SecurityLogEntry::detail);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(100);
        grid.setSizeFull();
        grid.setItems(query -> log.page(filter, query.getOffset(), query.getLimit()).stream(), query -> {
            int count = log.count(filter);
            summary.setText(getTranslation("security-log.summary", count));
            return count;
        });
        summary.setId("security-log-summary");

        add(bar, summary, grid);
    }

    private void column(ValueProvider<SecurityLogEntry, String> value, String header) {
        grid.addColumn(value).setHeader(getTranslation(header)).setAutoWidth(true).setFlexGrow(0);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Days in the wrong order keep the last filter and say so at the second day. */
    void filterChanged() {
        boolean reversed = from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue());
        to.setErrorMessage(reversed ? getTranslation("security-log.dates-reversed") : null);
        to.setInvalid(reversed);
        if (reversed) {
            return;
        }
        try {
            filter = new SecurityLogFilter(kinds.getValue(), text.getValue(), from.getValue(), to.getValue());
        } catch (Refused refused) {
            // only a text longer than the field allows gets here: sent around the browser's limit
            text.setErrorMessage(Message.of(refused).in(getLocale()));
            text.setInvalid(true);
            return;
        }
        text.setInvalid(false);
        grid.getDataProvider().refreshAll();
    }

    /** What the export button downloads now: the CSV of the rows the filter finds. */
    void writeExport(OutputStream out) throws IOException {
        log.export(filter, out);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.security-log");
    }
}
