package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.Badge;
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
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxDetails;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.mailbox.PermissionImportService;
import org.migrationtracker.mailbox.RecipientImportService;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The admins' mailbox grid: lazy, paged, sorted and filtered in the database; multi-select or every mailbox
 * matching the filter; bulk actions with a summary. The lead sees it read-only.
 */
@Route(MailboxesLink.ROUTE)
@Menu(title = "nav.mailboxes", order = 10, icon = "icons/mailboxes.svg")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEAD})
public class MailboxesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final MailboxFilterBar filters = new MailboxFilterBar(this::applyFilter);
    final Grid<Mailbox> grid = new Grid<>();
    final Span count = new Span();
    final Checkbox allMatching = new Checkbox();
    final MenuBar actions = new MenuBar();
    final Button importInventory = new Button();
    final Button importPermissions = new Button();
    final Button importCloudUsers = new Button();
    final Button receiveAs = new Button();

    /** Above this many changed rows, reloading the visible page is cheaper than re-reading each row. */
    static final int TARGETED_REFRESH_LIMIT = 100;

    private final MailboxSearch mailboxes;

    private final MailboxEdits edits;
    private final MailboxDetails details;
    private final boolean admin;
    private MailboxFilter filter = MailboxFilter.all();
    private int matching;

    private final LiveUpdates live;
    private final Presence presence;

    MailboxesView(MailboxSearch mailboxes, MailboxEdits edits, MailboxDetails details, InventoryImportService inventory,
                  PermissionImportService permissions, CloudUserImportService cloudUsers, RecipientImportService recipients,
                  CurrentUser user, LiveUpdates live, Presence presence) {
        this.mailboxes = mailboxes;
        this.edits = edits;
        this.details = details;
        this.live = live;
        this.presence = presence;
        this.admin = user.hasRole(Role.ADMIN);
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
        receiveAs.addClickListener(click -> openReceiveAs());
        var toolbar = new HorizontalLayout(importInventory, importPermissions, importCloudUsers, receiveAs);
        List.of(importInventory, importPermissions, importCloudUsers, receiveAs).forEach(button -> button.setVisible(admin));
        toolbar.setVisible(admin);
        toolbar.add(new RecipientsImportButton(recipients, this::refreshChoices));

        grid.addColumn(m -> m.inventory().displayName()).setHeader(getTranslation("mailbox.name"))
                .setKey(MailboxSort.DISPLAY_NAME.name())
                .setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Mailbox::primaryAddress).setHeader(getTranslation("mailbox.address")).setKey(MailboxSort.PRIMARY_ADDRESS.name())
                .setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(m -> m.inventory().department()).setHeader(getTranslation("mailbox.department"))
                .setKey(MailboxSort.DEPARTMENT.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(m -> m.inventory().databaseName()).setHeader(getTranslation("mailbox.database"))
                .setKey(MailboxSort.DATABASE.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(m -> m.batch().batchName() == null ? "" : m.batch().batchName()).setHeader(getTranslation("mailbox.batch"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("mailbox.state")).setKey(MailboxSort.STATE.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(m -> m.lifecycle().readinessReasons().isEmpty() ? "✓" : String.join("; ", reasons(m)))
                .setHeader(getTranslation("mailboxes.readiness")).setFlexGrow(2).setTooltipGenerator(m -> String.join("\n", reasons(m)));
        grid.addColumn(m -> size(m.inventory().sizeBytes())).setHeader(getTranslation("mailbox.size"))
                .setKey(MailboxSort.SIZE.name())
                .setSortable(true).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setPageSize(100);
        grid.setSelectionMode(admin ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addItemClickListener(click -> openDetail(click.getItem()));
        var dataView = grid.setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            var sort = order.map(o -> MailboxSort.valueOf(o.getSorted())).orElse(MailboxSort.DISPLAY_NAME);
            boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true);
            return mailboxes.page(filter, sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> matching = mailboxes.count(filter));
        dataView.setIdentifierProvider(Mailbox::id);
        if (admin) {
            grid.addSelectionListener(selection -> updateSelectionInfo());
        }

        allMatching.addValueChangeListener(change -> updateSelectionInfo());
        actions.setVisible(admin);
        var bulk = actions.addItem(getTranslation("mailboxes.bulk"));
        var menu = bulk.getSubMenu();
        menu.addItem(getTranslation("bulk.grant-full-access"), click -> runBulk(new BulkAction.SetFullAccess(true)));
        menu.addItem(getTranslation("bulk.revoke-full-access"), click -> runBulk(new BulkAction.SetFullAccess(false)));
        menu.addItem(getTranslation("bulk.grant-write-property"), click -> runBulk(new BulkAction.SetWriteProperty(true)));
        menu.addItem(getTranslation("bulk.revoke-write-property"), click -> runBulk(new BulkAction.SetWriteProperty(false)));
        menu.addItem(getTranslation("bulk.um-disabled"), click -> runBulk(new BulkAction.SetUmEnabled(false)));
        menu.addItem(getTranslation("bulk.um-enabled"), click -> runBulk(new BulkAction.SetUmEnabled(true)));
        menu.addItem(getTranslation("bulk.move"), click -> openMove());
        var selectionBar = new HorizontalLayout(count, allMatching, actions);
        selectionBar.setAlignItems(Alignment.BASELINE);
        selectionBar.setVisible(admin);

        add(toolbar, filters, selectionBar, grid);
        refreshChoices();
        updateSelectionInfo();
        live.subscribeWhileAttached(this, MailboxesChanged.class, this::show);
        live.refreshWhileAttached(this, () -> grid.getDataProvider().refreshAll());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // links from other screens (the dashboard's "what blocks", a batch's mailboxes) set the filters they name
        filters.show(MailboxesLink.from(event.getLocation().getQueryParameters()), mailboxes::batchNames);
    }

    /**
     * Someone changed mailboxes: a few rows are re-read and replaced where they are shown; many (an import, a bulk
     * action on thousands, or a change relayed without ids) reload the visible page once.
     */
    void show(List<MailboxesChanged> changes) {
        var ids = new java.util.LinkedHashSet<Long>();
        boolean everything = false;
        for (var change : changes) {
            everything |= !change.listsIds();
            ids.addAll(change.mailboxIds());
        }
        if (everything || ids.size() > TARGETED_REFRESH_LIMIT) {
            grid.getDataProvider().refreshAll();
        } else {
            ids.forEach(id -> mailboxes.find(id).ifPresent(grid.getDataProvider()::refreshItem));
        }
        updateSelectionInfo();
    }

    /** Why the mailbox is not ready, in the user's language. */
    List<String> reasons(Mailbox m) {
        return m.readinessMessages().stream().map(reason -> reason.in(getLocale())).toList();
    }

    void applyFilter() {
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

    private void updateSelectionInfo() {
        matching = mailboxes.count(filter);
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

    void runBulk(BulkAction action) {
        try {
            BulkResult result = edits.bulk(action, target());
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
            updateSelectionInfo();
            new BulkResultDialog(result).open();
        } catch (MailboxConflict | IllegalArgumentException refused) {
            Notification.show(Message.of(refused).in(getLocale()), 6000, Notification.Position.MIDDLE);
        }
    }

    private void openMove() {
        var dialog = new Dialog(getTranslation("bulk.move"));
        var state = new ComboBox<MailboxState>(getTranslation("mailbox.move-to"));
        state.setItems(MailboxState.values());
        state.setItemLabelGenerator(s -> getTranslation("state." + s.name()));
        var note = new TextField(getTranslation("mailbox.note"));
        note.setHelperText(getTranslation("mailbox.note.help"));
        var go = new Button(getTranslation("mailbox.move"), click -> {
            if (state.getValue() != null) {
                dialog.close();
                runBulk(new BulkAction.MoveTo(state.getValue(), note.getValue()));
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(state, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), go);
        dialog.open();
    }

    private void openReceiveAs() {
        var dialog = new Dialog(getTranslation("mailboxes.receive-as"));
        var db = new ComboBox<String>(getTranslation("mailbox.database"));
        db.setItems(mailboxes.databases());
        var status = new Span();
        db.addValueChangeListener(change -> status.setText(change.getValue() == null ? ""
                : getTranslation(mailboxes.receiveAs(change.getValue()) ? "receive-as.granted" : "receive-as.missing")));
        var grant = new Button(getTranslation("receive-as.grant"), click -> receiveAs(dialog, db.getValue(), true));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var revoke = new Button(getTranslation("receive-as.revoke"), click -> receiveAs(dialog, db.getValue(), false));
        dialog.add(new VerticalLayout(new Span(getTranslation("receive-as.help")), db, status));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), revoke, grant);
        dialog.open();
    }

    private void receiveAs(Dialog dialog, @Nullable String db, boolean granted) {
        if (db == null) {
            return;
        }
        dialog.close();
        var result = edits.setReceiveAs(db, granted);
        grid.getDataProvider().refreshAll();
        new BulkResultDialog(result).open();
    }

    private void openDetail(Mailbox mailbox) {
        var dialog = new MailboxDialog(mailboxes, edits, details, mailbox, admin, admin, live, presence, () -> grid.getDataProvider().refreshAll());
        dialog.open();
    }

    private Span stateBadge(Mailbox m) {
        var tone = switch (m.state()) {
            case DONE, COMPLETED, CONVERTED_TO_MAIL_USER -> Badge.SUCCESS;
            case FAILED -> Badge.ERROR;
            case NOT_READY -> Badge.CONTRAST;
            default -> Badge.PLAIN;
        };
        return tone.of(getTranslation("state." + m.state().name()));
    }

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

    int matchingCount() {
        return matching;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mailboxes");
    }

}
