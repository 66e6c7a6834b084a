package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinService;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.MigrationEndpoint;

import java.util.List;
import java.util.stream.Stream;

/** The endpoint a batch uses, chosen from the project's list (kept on the project settings screen); empty for none. */
class EndpointChooser extends ComboBox<String> {

    private List<String> names;

    EndpointChooser() {
        var endpoints = VaadinService.getCurrent().getInstantiator().getOrCreate(EndpointService.class);
        setLabel(getTranslation("batch.endpoint"));
        setHelperText(getTranslation("batch.endpoint.help"));
        names = endpoints.list().stream().map(MigrationEndpoint::getName).toList();
        setItems(names);
        setClearButtonVisible(true);
    }

    /** The chosen name, or empty for none. */
    String name() {
        return getValue() == null ? "" : getValue();
    }

    /** Shows the batch's endpoint, also one that left the list (it stays as recorded until changed). */
    void show(String name) {
        if (!name.isBlank() && names.stream().noneMatch(name::equalsIgnoreCase)) {
            names = Stream.concat(names.stream(), Stream.of(name)).toList();
            setItems(names);
        }
        setValue(name.isBlank() ? null : names.stream().filter(name::equalsIgnoreCase).findFirst().orElse(name));
    }
}
