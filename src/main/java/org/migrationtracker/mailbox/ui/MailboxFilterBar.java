package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ReadinessReason;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The mailbox grid's filters: free text, state, batch, readiness, department, database and the permissions. */
class MailboxFilterBar extends FlexLayout {

    final TextField search = new TextField();
    final MultiSelectComboBox<MailboxState> states = new MultiSelectComboBox<>();
    final Select<String> ready = new Select<>();
    final ComboBox<ReadinessReason> reason = new ComboBox<>();
    final ComboBox<String> department = new ComboBox<>();
    final ComboBox<String> database = new ComboBox<>();
    final ComboBox<String> batch = new ComboBox<>();
    final Select<String> um = new Select<>();
    final Select<String> fullAccess = new Select<>();
    final Select<String> writeProperty = new Select<>();

    /** @param changed runs when any filter changes */
    MailboxFilterBar(Runnable changed) {
        search.setPlaceholder(getTranslation("mailboxes.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("16rem");
        states.setPlaceholder(getTranslation("mailboxes.state"));
        states.setItems(MailboxState.values());
        states.setItemLabelGenerator(state -> getTranslation("state." + state.name()));
        yesNoFilter(ready, "mailboxes.ready");
        reason.setPlaceholder(getTranslation("mailboxes.reason"));
        reason.setItems(ReadinessReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.groupMessageKey()));
        reason.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("mailbox.department"));
        department.setClearButtonVisible(true);
        database.setPlaceholder(getTranslation("mailbox.database"));
        database.setClearButtonVisible(true);
        batch.setPlaceholder(getTranslation("mailbox.batch"));
        batch.setClearButtonVisible(true);
        yesNoFilter(um, "mailbox.um");
        yesNoFilter(fullAccess, "mailbox.full-access");
        yesNoFilter(writeProperty, "mailbox.write-property");
        var clear = new Button(getTranslation("mailboxes.clear-filters"), click -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        search.addValueChangeListener(change -> changed.run());
        states.addValueChangeListener(change -> changed.run());
        batch.addValueChangeListener(change -> changed.run());
        reason.addValueChangeListener(change -> changed.run());
        department.addValueChangeListener(change -> changed.run());
        database.addValueChangeListener(change -> changed.run());
        List.of(ready, um, fullAccess, writeProperty).forEach(field -> field.addValueChangeListener(change -> changed.run()));
        add(search, states, batch, ready, reason, department, database, um, fullAccess, writeProperty, clear);
        setFlexWrap(FlexWrap.WRAP);
        addClassName("filters");
    }

    /** The filter the fields say. */
    MailboxFilter filter() {
        return new MailboxFilter(states.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(states.getValue()),
                yesNo(ready), reason.getValue(), department.getValue(), database.getValue(), yesNo(um), yesNo(fullAccess),
                yesNo(writeProperty), search.getValue(), batch.getValue());
    }

    /** The choices the inventory offers now. */
    void choices(List<String> departments, List<String> databases, List<String> batches) {
        department.setItems(departments);
        database.setItems(databases);
        batch.setItems(batches);
    }

    /**
     * Shows the filter the address names (a link from another screen, a shared address, Back): every field is set,
     * the ones it does not name cleared.
     */
    void show(MailboxFilter filter, Supplier<List<String>> batchNames) {
        search.setValue(filter.text() == null ? "" : filter.text());
        states.setValue(filter.states());
        if (filter.batch() != null) {
            batch.setItems(batchNames.get());
        }
        batch.setValue(filter.batch());
        ready.setValue(yesNo(filter.ready()));
        reason.setValue(filter.reason());
        department.setValue(filter.department());
        database.setValue(filter.database());
        um.setValue(yesNo(filter.umEnabled()));
        fullAccess.setValue(yesNo(filter.fullAccess()));
        writeProperty.setValue(yesNo(filter.writeProperty()));
    }

    private static String yesNo(@Nullable Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    void clear() {
        search.clear();
        states.clear();
        batch.clear();
        reason.clear();
        department.clear();
        database.clear();
        List.of(ready, um, fullAccess, writeProperty).forEach(select -> select.setValue(""));
    }

    private void yesNoFilter(Select<String> select, String labelKey) {
        select.setItems("", "yes", "no");
        select.setValue("");
        select.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation(labelKey) + ": " + getTranslation("mailboxes.any")
                : getTranslation(labelKey) + ": " + getTranslation(value));
        select.setWidth("13rem");
    }

    private static @Nullable Boolean yesNo(Select<String> select) {
        return switch (select.getValue() == null ? "" : select.getValue()) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
    }
}
