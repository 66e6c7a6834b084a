package org.migrationtracker.project.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.EndpointData;
import org.migrationtracker.project.EndpointKind;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.MigrationEndpoint;

import java.util.Map;

/** Adds or changes one migration endpoint; a refusal says what is wrong and saves nothing. */
class EndpointDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<EndpointKind> kind = new ComboBox<>();
    final TextField exchangeServer = new TextField();
    final TextField rpcProxy = new TextField();
    final TextField account = new TextField();
    final IntegerField maxConcurrent = new IntegerField();
    final Button save = new Button();
    final Paragraph problem = new Paragraph();

    EndpointDialog(EndpointService endpoints, @Nullable MigrationEndpoint editing, Runnable onSaved) {
        setHeaderTitle(getTranslation(editing == null ? "endpoint.add" : "endpoint.edit"));
        name.setLabel(getTranslation("endpoint.name"));
        kind.setLabel(getTranslation("endpoint.kind"));
        kind.setItems(EndpointKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("endpoint.kind." + k.name()));
        exchangeServer.setLabel(getTranslation("endpoint.exchange-server"));
        exchangeServer.setPlaceholder("EXCH-SRV-01.corp.contoso.com");
        rpcProxy.setLabel(getTranslation("endpoint.rpc-proxy"));
        rpcProxy.setPlaceholder("mail.contoso.com");
        account.setLabel(getTranslation("endpoint.account"));
        account.setHelperText(getTranslation("endpoint.account.help"));
        maxConcurrent.setLabel(getTranslation("endpoint.max-concurrent"));
        maxConcurrent.setMin(1);
        maxConcurrent.setMax(300);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        var data = editing == null ? new EndpointData("", EndpointKind.OUTLOOK_ANYWHERE, "", "", "", 20) : editing.data();
        name.setValue(data.name());
        kind.setValue(data.kind());
        exchangeServer.setValue(data.exchangeServer());
        rpcProxy.setValue(data.rpcProxyServer());
        account.setValue(data.account());
        maxConcurrent.setValue(data.maxConcurrent());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var values = new EndpointData(name.getValue(), kind.getValue(), exchangeServer.getValue(), rpcProxy.getValue(),
                    account.getValue(), maxConcurrent.getValue() == null ? 0 : maxConcurrent.getValue());
            problem.setVisible(false);
            var problems = values.problemsByField();
            Map<EndpointData.Field, HasValidation> fields = Map.of(EndpointData.Field.NAME, name,
                    EndpointData.Field.EXCHANGE_SERVER, exchangeServer, EndpointData.Field.RPC_PROXY_SERVER, rpcProxy,
                    EndpointData.Field.ACCOUNT, account, EndpointData.Field.MAX_CONCURRENT, maxConcurrent);
            if (!FieldProblem.showAll(fields, problems, getLocale())) {
                return; // every bad value said at its field, nothing saved
            }
            try {
                if (editing == null) {
                    endpoints.create(values);
                } else {
                    endpoints.update(editing.getName(), editing.getVersion(), values);
                }
                onSaved.run();
                close();
            } catch (RuntimeException refused) {
                problem.setText(Message.of(refused).in(getLocale()));
                problem.setVisible(true);
            }
        });
        add(new FormLayout(name, kind, exchangeServer, rpcProxy, account, maxConcurrent), problem);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
