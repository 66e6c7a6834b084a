package org.migrationtracker.security.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.migrationtracker.security.token.CreatedApiToken;

/** The new token's secret, the only time it is shown, with a copy button and the warning that it is not kept. */
class TokenSecretDialog extends Dialog {

    final TextField secret = new TextField();
    final Button copy = new Button();

    TokenSecretDialog(CreatedApiToken created) {
        setHeaderTitle(getTranslation("tokens.secret.title", created.token().name()));
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);

        var warning = new Paragraph(getTranslation("tokens.secret.warning"));
        warning.getElement().getThemeList().add("badge contrast");
        secret.setId("token-secret");
        secret.setLabel(getTranslation("tokens.secret.label"));
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        copy.setText(getTranslation("tokens.secret.copy"));
        copy.setId("copy-token");
        Clipboard.onClick(copy).writeText(created.secret());
        copy.addClickListener(click -> Notification.show(getTranslation("tokens.secret.copied")));
        var usage = new Paragraph(getTranslation("tokens.secret.usage"));
        add(warning, secret, copy, usage);

        var done = new Button(getTranslation("tokens.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("token-secret-done");
        getFooter().add(done);
    }
}
