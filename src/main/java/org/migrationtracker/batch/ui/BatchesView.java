package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.base.ui.CsvUploadDialog;
import org.migrationtracker.base.ui.EmptyState;
import org.migrationtracker.batch.BatchChanged;
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.MigrationBatch;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.batch.StatusImportService;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.live.PresenceChanged;
import org.migrationtracker.live.Viewer;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The batch board: every batch with its status, progress and counts; admins plan and run batches here. */
@Route("batches")
@Menu(title = "nav.batches", order = 20, icon = "icons/batches.svg")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEAD})
public class BatchesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BatchOverview> grid = new Grid<>();
    final Button newBatch = new Button();
    final Button uploadCsv = new Button();
    final Button importStatus = new Button();
    private final Div empty = new Div();
    private Map<String, List<Viewer>> viewers = Map.of();
    private final BatchService batches;

    private final Presence presence;
    /** Whom the "open by" column leaves out: the viewer sees who else has a batch open. */
    private final String viewer;

    BatchesView(BatchService batches, MailboxSearch mailboxes, StatusImportService statusImport, ProjectService project,
                CurrentUser user, LiveUpdates live, Presence presence) {
        this.batches = batches;
        this.presence = presence;
        this.viewer = user.name();
        boolean admin = user.hasRole(Role.ADMIN);
        setId("batches-view");
        setSizeFull();
        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());

        newBatch.setText(getTranslation("batches.new"));
        newBatch.setId("new-batch");
        newBatch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newBatch.addClickListener(click -> new NewBatchDialog(batches, mailboxes, project, this::refresh).open());
        uploadCsv.setText(getTranslation("batches.upload-csv"));
        uploadCsv.addClickListener(click -> new NewBatchDialog(batches, mailboxes, project, this::refresh).withCsvUpload().open());
        importStatus.setText(getTranslation("batches.import-status"));
        importStatus.setId("import-status");
        importStatus.addClickListener(click -> {
            var joinNamedBatch = new Checkbox(getTranslation("batches.import-status.join-named-batch"));
            joinNamedBatch.setId("join-named-batch");
            new CsvUploadDialog(getTranslation("batches.import-status"), getTranslation("batches.import-status.help"),
                    (name, bytes) -> statusImport.importStatus(name, bytes, joinNamedBatch.getValue()).describe(),
                    this::refresh).withOption(joinNamedBatch).open();
        });
        var toolbar = new HorizontalLayout(newBatch, uploadCsv, importStatus);
        List.of(newBatch, uploadCsv, importStatus).forEach(button -> button.setVisible(admin));
        toolbar.setVisible(admin);

        grid.addColumn(o -> o.batch().getName()).setHeader(getTranslation("batch.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> BatchStatusBadge.of(o.batch().getStatus(), o.batch().getRawStatus(), getLocale()))
                .setHeader(getTranslation("batch.status")).setAutoWidth(true);
        grid.addComponentColumn(o -> new BatchProgressBar(o.counts(), getLocale()).withoutLabel()).setHeader(getTranslation("batch.progress")).setFlexGrow(1);
        grid.addColumn(o -> getTranslation("batch.counts", o.counts().total(), o.counts().synced(), o.counts().finalized(),
                o.counts().failed())).setHeader(getTranslation("batch.counts.header")).setAutoWidth(true);
        grid.addColumn(o -> plannedWindow(o.batch())).setHeader(getTranslation("batch.planned-window")).setAutoWidth(true);
        grid.addColumn(o -> o.batch().getLastSyncedAt() == null ? "" : formatter.format(o.batch().getLastSyncedAt()))
                .setHeader(getTranslation("batch.last-synced")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(o -> String.join(", ", viewers.getOrDefault("batch:" + o.batch().getName(), List.of()).stream()
                .map(Viewer::username).distinct().toList())).setHeader(getTranslation("batch.viewers")).setAutoWidth(true);
        grid.addItemClickListener(click -> new BatchDialog(batches, click.getItem().batch().getName(), admin, live, presence,
                this::refresh).open());

        empty.add(new EmptyState(getTranslation("batches.empty.title"), getTranslation(admin ? "batches.empty.admin" : "batches.empty.lead")));
        add(toolbar, empty, grid);
        refresh();
        live.refreshWhileAttached(this, this::refresh, BatchChanged.class, MailboxesChanged.class, PresenceChanged.class);
    }

    void refresh() {
        viewers = presence.othersByPrefix("batch:", viewer);
        var board = batches.board();
        grid.setItems(board);
        empty.setVisible(board.isEmpty());
        grid.setVisible(!board.isEmpty());
    }

    /** "Dec 1, 2026 – Dec 4, 2026", the start alone, "– Dec 4, 2026", or nothing. */
    private String plannedWindow(MigrationBatch batch) {
        var start = batch.getPlannedStart() == null ? "" : Dates.day(batch.getPlannedStart(), getLocale());
        return batch.getPlannedEnd() == null ? start : (start + " – " + Dates.day(batch.getPlannedEnd(), getLocale())).strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.batches");
    }
}
