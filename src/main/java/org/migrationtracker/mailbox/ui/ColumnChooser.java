package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.migrationtracker.security.UserPreferences;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns the mailbox grid shows, chosen by each user and remembered for them ({@link UserPreferences}); address,
 * state and readiness always stay. On a narrow screen (a tablet) the grid shows fewer columns instead of scrolling
 * sideways, whatever was chosen, and the full choice comes back on a wide one.
 */
class ColumnChooser extends MenuBar {

    private final MailboxGrid grid;
    private final UserPreferences preferences;
    private final Set<MailboxGridColumn> hidden = EnumSet.noneOf(MailboxGridColumn.class);
    private boolean narrow;

    ColumnChooser(MailboxGrid grid, UserPreferences preferences) {
        this.grid = grid;
        this.preferences = preferences;
        setId("column-chooser");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        preferences.hiddenColumns(MailboxGridColumn.GRID).forEach(key -> MailboxGridColumn.optional().stream()
                .filter(c -> c.key().equals(key)).forEach(hidden::add));
        var menu = addItem(getTranslation("grid.columns")).getSubMenu();
        for (var column : MailboxGridColumn.optional()) {
            var item = menu.addItem(getTranslation(column.headerKey));
            item.setCheckable(true);
            item.setChecked(!hidden.contains(column));
            item.addClickListener(click -> choose(column, item.isChecked()));
        }
        apply();
    }

    /** The columns the user chose, in the grid's order, whatever the screen's width (for the CSV export). */
    List<MailboxGridColumn> chosen() {
        var shown = MailboxGridColumn.shown(hidden, false);
        return Arrays.stream(MailboxGridColumn.values()).filter(shown::contains).toList();
    }

    /** The screen is narrow (a tablet) or wide again. */
    void narrow(boolean isNarrow) {
        this.narrow = isNarrow;
        apply();
    }

    void choose(MailboxGridColumn column, boolean shown) {
        if (shown) {
            hidden.remove(column);
        } else {
            hidden.add(column);
        }
        preferences.hideColumns(MailboxGridColumn.GRID, hidden.stream().map(MailboxGridColumn::key)
                .collect(Collectors.toSet()));
        apply();
    }

    private void apply() {
        grid.show(MailboxGridColumn.shown(hidden, narrow));
    }
}
