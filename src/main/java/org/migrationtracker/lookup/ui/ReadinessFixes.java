package org.migrationtracker.lookup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.ReadinessReason;

/**
 * Why a mailbox may not enter a batch yet, in plain words for everyone; for admins, under each reason, the Exchange
 * Management Shell command that fixes it, with a copy button. The commands name the migration administrator from the
 * project settings, or a placeholder the admin replaces when the settings do not hold it.
 */
class ReadinessFixes extends Div {

    /**
     * @param adminAccount the migration administrator's account from the project settings, blank when not recorded
     * @param showCommands whether the reader is an admin (the helpdesk and the lead read the reasons only)
     */
    ReadinessFixes(Mailbox mailbox, String adminAccount, boolean showCommands) {
        setId("card-readiness");
        addClassName("card-readiness");
        var reasons = mailbox.lifecycle().readinessReasons();
        var messages = mailbox.readinessMessages();
        // hybrid records the same checks as warnings that do not block (DOMAIN.md §4)
        add(new H3(getTranslation(mailbox.lifecycle().ready() ? "lookup.readiness-warnings" : "lookup.readiness")));
        String admin = adminAccount.isBlank() ? getTranslation("lookup.fix.admin-placeholder") : adminAccount;
        var list = new UnorderedList();
        for (int i = 0; i < reasons.size(); i++) {
            ReadinessReason reason = reasons.get(i);
            var item = new ListItem(new Span(messages.get(i).in(getLocale())));
            if (showCommands) {
                item.add(command(reason.fixCommand(mailbox.primaryAddress(), admin)));
                reason.databaseFixCommand(mailbox.inventory().databaseName(), admin).ifPresent(database -> {
                    item.add(new Paragraph(getTranslation("lookup.fix.or-database", mailbox.inventory().databaseName())));
                    item.add(command(database));
                });
            }
            list.add(item);
        }
        add(list);
        if (showCommands && adminAccount.isBlank() && !reasons.isEmpty()) {
            var hint = new Paragraph(getTranslation("lookup.fix.admin-unknown", admin));
            hint.addClassName("fix-hint");
            add(hint);
        }
    }

    private Div command(String text) {
        var command = new Pre(text);
        command.addClassName("fix-command");
        var copy = new Button(VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        copy.setAriaLabel(getTranslation("lookup.fix.copy"));
        copy.setTooltipText(getTranslation("lookup.fix.copy"));
        Clipboard.onClick(copy).writeText(text);
        var row = new Div(command, copy);
        row.addClassName("fix");
        return row;
    }
}
