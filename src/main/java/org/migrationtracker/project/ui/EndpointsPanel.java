package org.migrationtracker.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.EndpointsChanged;
import org.migrationtracker.project.MigrationEndpoint;

/**
 * The project's migration endpoints (DOMAIN.md §3 step 8): everyone sees them, admins add, change and delete them.
 * Never a password: the endpoint's password is typed into the Exchange admin center only.
 */
class EndpointsPanel extends VerticalLayout {

    final Grid<MigrationEndpoint> grid = new Grid<>();
    final Button add = new Button();
    final Paragraph problem = new Paragraph();
    private final EndpointService endpoints;

    EndpointsPanel(EndpointService endpoints, boolean admin, LiveUpdates live) {
        this.endpoints = endpoints;
        setPadding(false);
        grid.setId("endpoints");
        grid.addColumn(MigrationEndpoint::getName).setHeader(getTranslation("endpoint.name")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("endpoint.kind." + e.getKind().name())).setHeader(getTranslation("endpoint.kind")).setAutoWidth(true);
        grid.addColumn(e -> e.data().exchangeServer()).setHeader(getTranslation("endpoint.exchange-server")).setAutoWidth(true);
        grid.addColumn(e -> e.data().rpcProxyServer()).setHeader(getTranslation("endpoint.rpc-proxy")).setAutoWidth(true);
        grid.addColumn(e -> e.data().account()).setHeader(getTranslation("endpoint.account")).setAutoWidth(true);
        grid.addColumn(e -> e.data().maxConcurrent()).setHeader(getTranslation("endpoint.max-concurrent")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add.setText(getTranslation("endpoint.add"));
        add.setId("endpoint-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setVisible(admin);
        add.addClickListener(click -> new EndpointDialog(endpoints, null, this::refresh).open());
        if (admin) {
            grid.addItemClickListener(click -> new EndpointDialog(endpoints, click.getItem(), this::refresh).open());
            grid.addComponentColumn(e -> {
                var delete = new Button(getTranslation("endpoint.delete"), press -> delete(e));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
                return delete;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        add(new Paragraph(getTranslation("endpoint.help")), grid, problem, add);
        refresh();
        live.refreshWhileAttached(this, this::refresh, EndpointsChanged.class);
    }

    void refresh() {
        grid.setItems(endpoints.list());
    }

    void delete(MigrationEndpoint endpoint) {
        try {
            endpoints.delete(endpoint.getName(), endpoint.getVersion());
            problem.setVisible(false);
            refresh();
        } catch (RuntimeException refused) {
            problem.setText(Message.of(refused).in(getLocale()));
            problem.setVisible(true);
        }
    }
}
