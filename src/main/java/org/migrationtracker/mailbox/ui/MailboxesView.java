package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.CsvUploadDialog;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.CloudUserImportService;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxConflict;
import org.migrationtracker.mailbox.MailboxDetails;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.mailbox.PermissionImportService;
import org.migrationtracker.mailbox.RecipientImportService;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.UserPreferences;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The admins' mailbox grid: lazy, paged, sorted and filtered in the database, the filter in the address; multi-select
 * or every mailbox matching the filter (asked before it runs); bulk actions, and other modules' (add to batch), with a
 * summary that lists every refused row; the columns each user chose; the filtered grid as CSV. The lead sees it
 * read-only.
 */
@Route(MailboxesLink.ROUTE)
@Menu(title = "nav.mailboxes", order = 10, icon = "icons/mailboxes.svg")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEAD})
public class MailboxesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final MailboxFilterBar filters = new MailboxFilterBar(this::applyFilter);
    final MailboxGrid grid;
    final Span count = new Span();
    final Checkbox allMatching = new Checkbox();
    final MenuBar actions = new MenuBar();
    final Button importInventory = new Button();
    final Button importPermissions = new Button();
    final Button importCloudUsers = new Button();
    final Button receiveAs = new Button();
    final ColumnChooser columns;
    final Anchor export;

    /** Above this many changed rows, reloading the visible page is cheaper than re-reading each row. */
    static final int TARGETED_REFRESH_LIMIT = 100;

    private final MailboxSearch mailboxes;

    private final MailboxEdits edits;
    private final MailboxDetails details;
    private final boolean admin;
    private MailboxFilter filter = MailboxFilter.all();
    private int matching;
    /** The filters are being set from the address: their changes are not written back to it. */
    private boolean restoring;
    private @Nullable Registration resize;

    private final LiveUpdates live;
    private final Presence presence;

    MailboxesView(MailboxSearch mailboxes, MailboxEdits edits, MailboxDetails details, InventoryImportService inventory,
                  PermissionImportService permissions, CloudUserImportService cloudUsers, RecipientImportService recipients,
                  CurrentUser user, LiveUpdates live, Presence presence, UserPreferences preferences,
                  ObjectProvider<MailboxSelectionAction> selectionActions) {
        this.mailboxes = mailboxes;
        this.edits = edits;
        this.details = details;
        this.live = live;
        this.presence = presence;
        this.admin = user.hasRole(Role.ADMIN);
        // the label counts what the grid counted: no second count per filter, selection or change
        this.grid = new MailboxGrid(mailboxes, () -> filter, matches -> {
            matching = matches;
            updateSelectionInfo();
        });
        this.columns = new ColumnChooser(grid, preferences);
        this.export = new Anchor((DownloadHandler) download -> {
            // what to write is read from the screen under its lock; the file is then streamed page by page, so the
            // whole inventory is never held in memory
            var snapshot = new AtomicReference<MailboxCsvExport>();
            download.getUI().accessSynchronously(() -> snapshot.set(exportNow(download.getUI().getLocale())));
            var csv = snapshot.get();
            download.setFileName(csv.fileName());
            download.setContentType("text/csv;charset=utf-8");
            csv.write(mailboxes, download.getOutputStream());
        }, getTranslation("grid.export"));
        export.setId("export-csv");
        setId("mailboxes-view");
        setSizeFull();

        importInventory.setText(getTranslation("mailboxes.import-inventory"));
        importInventory.setId("import-inventory");
        importInventory.addClickListener(click -> new CsvUploadDialog(getTranslation("mailboxes.import-inventory"),
                getTranslation("import.inventory.help"), (name, bytes) -> {
            var summary = inventory.importInventory(name, bytes);
            var lines = new ArrayList<Message>();
            lines.add(summary.describe());
            lines.addAll(summary.notes());
            if (!summary.absentFromFile().isEmpty()) {
                lines.add(Message.of("import.absent", String.join(", ",
                        summary.absentFromFile().subList(0, Math.min(50, summary.absentFromFile().size())))));
            }
            return lines;
        }, this::refreshChoices).open());
        importPermissions.setText(getTranslation("mailboxes.import-permissions"));
        importPermissions.addClickListener(click -> new CsvUploadDialog(getTranslation("mailboxes.import-permissions"),
                getTranslation("import.permissions.help"), (name, bytes) -> permissions.importPermissions(name, bytes).describe(),
                this::refreshChoices).open());
        importCloudUsers.setText(getTranslation("mailboxes.import-cloud-users"));
        importCloudUsers.setId("import-cloud-users");
        importCloudUsers.addClickListener(click -> new CsvUploadDialog(getTranslation("mailboxes.import-cloud-users"),
                getTranslation("import.cloud-users.help"), (name, bytes) -> cloudUsers.importCloudUsers(name, bytes).describe(),
                this::refreshChoices).open());
        receiveAs.setText(getTranslation("mailboxes.receive-as"));
        receiveAs.addClickListener(click -> new ReceiveAsDialog(mailboxes, edits, this::showResult).open());
        var toolbar = new HorizontalLayout(importInventory, importPermissions, importCloudUsers, receiveAs);
        List.of(importInventory, importPermissions, importCloudUsers, receiveAs).forEach(button -> button.setVisible(admin));
        toolbar.setVisible(admin);
        // a tablet or a Danish toolbar wraps rather than running off the screen
        toolbar.setWrap(true);
        toolbar.add(new RecipientsImportButton(recipients, this::refreshChoices));

        grid.setSelectionMode(admin ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addItemClickListener(click -> openDetail(click.getItem()));
        if (admin) {
            grid.addSelectionListener(selection -> updateSelectionInfo());
        }

        allMatching.addValueChangeListener(change -> updateSelectionInfo());
        actions.setVisible(admin);
        actions.setId("bulk-actions");
        var bulk = actions.addItem(getTranslation("mailboxes.bulk"));
        var menu = bulk.getSubMenu();
        menu.addItem(getTranslation("bulk.grant-full-access"), click -> runBulk(new BulkAction.SetFullAccess(true)));
        menu.addItem(getTranslation("bulk.revoke-full-access"), click -> runBulk(new BulkAction.SetFullAccess(false)));
        menu.addItem(getTranslation("bulk.grant-write-property"), click -> runBulk(new BulkAction.SetWriteProperty(true)));
        menu.addItem(getTranslation("bulk.revoke-write-property"), click -> runBulk(new BulkAction.SetWriteProperty(false)));
        menu.addItem(getTranslation("bulk.um-disabled"), click -> runBulk(new BulkAction.SetUmEnabled(false)));
        menu.addItem(getTranslation("bulk.um-enabled"), click -> runBulk(new BulkAction.SetUmEnabled(true)));
        menu.addItem(getTranslation("bulk.move"), click -> new MoveToStateDialog(statesOfTarget(), this::runBulk).open());
        selectionActions.orderedStream().forEach(action -> menu.addItem(getTranslation(action.labelKey()), click -> action.open(target(),
                targetCount(), this::showResult)));
        var selectionBar = new HorizontalLayout(count, allMatching, actions, columns, export);
        selectionBar.setAlignItems(Alignment.BASELINE);
        selectionBar.setWrap(true);
        List.of(count, allMatching).forEach(part -> part.setVisible(admin));

        add(toolbar, filters, selectionBar, grid);
        refreshChoices();
        updateSelectionInfo();
        live.subscribeWhileAttached(this, MailboxesChanged.class, this::show);
        live.refreshWhileAttached(this, () -> grid.getDataProvider().refreshAll());
    }

    /** The address names the filter: a link from another screen, a shared address, or Back to the filter before. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var wanted = MailboxGridAddress.filter(event.getLocation().getQueryParameters());
        if (!sameAddress(wanted, filter)) {
            restoring = true;
            try {
                filters.show(wanted, mailboxes::batchNames);
            } finally {
                restoring = false;
            }
            showFilter();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // a tablet or a narrow window: fewer columns, state and readiness kept, rather than scrolling sideways
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> columns.narrow(details.getWindowInnerWidth() < MailboxGridColumn.NARROW_WIDTH));
        resize = page.addBrowserWindowResizeListener(event -> columns.narrow(event.getWidth() < MailboxGridColumn.NARROW_WIDTH));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    /**
     * Someone changed mailboxes: the rows this grid holds among them are re-read in one statement and replaced where
     * they are shown (a change to rows it does not hold costs nothing); many (an import, a bulk action on thousands,
     * or a change relayed without ids) reload the grid and its count once. Rows replaced in place stay where they are
     * and in the count until the next reload, as in any live list (a row does not jump away under the pointer).
     */
    void show(List<MailboxesChanged> changes) {
        var ids = new LinkedHashSet<Long>();
        boolean everything = false;
        for (var change : changes) {
            everything |= !change.listsIds();
            ids.addAll(change.mailboxIds());
        }
        if (everything || ids.size() > TARGETED_REFRESH_LIMIT) {
            grid.getDataProvider().refreshAll();
            return;
        }
        ids.retainAll(grid.heldIds());
        mailboxes.findAll(ids).forEach(grid.getDataProvider()::refreshItem);
    }

    /**
     * A filter changed: the grid follows, and the address too. A chosen filter is a new history entry, so that Back
     * returns to the one before; typing in the search box replaces the entry, so Back does not replay every pause.
     */
    void applyFilter() {
        if (restoring) {
            return;
        }
        var before = filter;
        showFilter();
        var address = MailboxGridAddress.of(filter);
        boolean typing = sameAddress(before.withText(null), filter.withText(null));
        getUI().ifPresent(ui -> {
            if (typing) {
                ui.getPage().getHistory().replaceState(null, new Location(RouteConfiguration.forSessionScope()
                        .getUrl(MailboxesView.class), address));
            } else {
                ui.navigate(MailboxesView.class, address);
            }
        });
    }

    private static boolean sameAddress(MailboxFilter a, MailboxFilter b) {
        return MailboxGridAddress.of(a).getQueryString().equals(MailboxGridAddress.of(b).getQueryString());
    }

    private void showFilter() {
        filter = filters.filter();
        grid.deselectAll();
        allMatching.setValue(false);
        grid.getDataProvider().refreshAll();
        updateSelectionInfo();
    }

    private void refreshChoices() {
        filters.choices(mailboxes.departments(), mailboxes.databases(), mailboxes.batchNames());
        grid.getDataProvider().refreshAll();
        updateSelectionInfo();
    }

    /** The selection's and the filter's counts, the latter as the grid last counted it. */
    private void updateSelectionInfo() {
        int selected = grid.getSelectedItems().size();
        allMatching.setLabel(getTranslation("mailboxes.all-matching", matching));
        count.setText(allMatching.getValue() ? getTranslation("mailboxes.selected", matching)
                : getTranslation("mailboxes.selected", selected));
        actions.setEnabled(allMatching.getValue() ? matching > 0 : selected > 0);
    }

    /** The selection with the versions shown, or every mailbox matching the filter. */
    BulkTarget target() {
        if (allMatching.getValue()) {
            return BulkTarget.matching(filter);
        }
        var versions = new HashMap<Long, Long>();
        grid.getSelectedItems().forEach(m -> versions.put(m.id(), m.version()));
        return BulkTarget.selection(versions);
    }

    /** How many mailboxes {@link #target()} names. */
    int targetCount() {
        return allMatching.getValue() ? mailboxes.count(filter) : grid.getSelectedItems().size();
    }

    /** How many of the target's mailboxes are in each state (what the move dialog may offer). */
    Map<MailboxState, Integer> statesOfTarget() {
        if (allMatching.getValue()) {
            return mailboxes.countsByState(filter);
        }
        var byState = new EnumMap<MailboxState, Integer>(MailboxState.class);
        grid.getSelectedItems().forEach(m -> byState.merge(m.state(), 1, Integer::sum));
        return byState;
    }

    /**
     * Runs the action on the target; on every mailbox matching the filter only after a confirmation that says how many
     * and what changes.
     */
    void runBulk(BulkAction action) {
        if (allMatching.getValue()) {
            new BulkConfirmation(action.describe(), mailboxes.count(filter), () -> apply(action)).open();
        } else {
            apply(action);
        }
    }

    private void apply(BulkAction action) {
        try {
            showResult(edits.bulk(action, target()));
        } catch (MailboxConflict | IllegalArgumentException refused) {
            Notification.show(Message.of(refused).in(getLocale()), 6000, Notification.Position.MIDDLE);
        }
    }

    /** After an action on many: the grid reloads and shows what happened, refused rows with their reasons. */
    void showResult(BulkResult result) {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateSelectionInfo();
        new BulkResultDialog(result).open();
    }

    /**
     * What the CSV export writes now: the filter, the sort and the columns the user chose (all of them on a tablet,
     * where the grid shows fewer), in the reader's language.
     */
    MailboxCsvExport exportNow(Locale locale) {
        return new MailboxCsvExport(filter, grid.sort(), grid.ascending(), columns.chosen(), locale);
    }

    private void openDetail(Mailbox mailbox) {
        new MailboxDialog(mailboxes, edits, details, mailbox, admin, admin, live, presence,
                () -> grid.getDataProvider().refreshAll()).open();
    }

    int matchingCount() {
        return matching;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mailboxes");
    }

}
