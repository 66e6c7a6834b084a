package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.notice.NoticesChanged;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The notices: whether sending is on and through what; what went out and what waits (everyone reads it, live); what
 * the schedule sends next; and for admins the templates, the schedule's settings, and sending a kind to a batch.
 */
@Route("notices")
@Menu(title = "nav.notices", order = 40, icon = "icons/notices.svg")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEAD, Role.Names.HELPDESK})
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph sendingState = new Paragraph();
    final NoticeGrid sent;
    final DueNextGrid due;
    /** The sections' switch: a button each, the shown one pressed (plain buttons: no further web component to bundle). */
    final HorizontalLayout tabs = new HorizontalLayout();
    private final List<Button> tabButtons = new ArrayList<>();
    private int shown = -1;
    private final Div content = new Div();
    private final List<Component> sections = new ArrayList<>();

    NoticesView(NoticeService notices, MailboxSearch mailboxes, LiveUpdates live, CurrentUser currentUser) {
        setId("notices-view");
        setSizeFull();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        var sending = notices.sending();
        sendingState.setId("notice-sending");
        sendingState.setText(sending.on() ? getTranslation("notice.sending.on", sending.through()) : getTranslation("notice.sending.off"));
        sendingState.addClassName(sending.on() ? "import-success" : "form-problem");
        var header = new HorizontalLayout(new H2(getTranslation("notice.title")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        sent = new NoticeGrid(notices, admin);
        due = new DueNextGrid(notices);
        tabs.setId("notice-tabs");
        tabs.setWrap(true);
        section(getTranslation("notice.tab.sent"), sent);
        section(getTranslation("notice.tab.due"), due);
        if (admin) {
            var batch = new ComboBox<String>(getTranslation("notice.send.batch"));
            batch.setItems(mailboxes.batchNames());
            batch.setId("notice-batch");
            var toBatch = new Button(getTranslation("notice.send.to-batch"), click -> {
                if (batch.getValue() != null) {
                    new SendNoticeDialog(getTranslation("notice.send.to-batch-named", batch.getValue()), sending,
                            choice -> notices.sendToBatch(choice.kind(), batch.getValue(), choice.resend()), sent::refresh).open();
                }
            });
            toBatch.setId("notice-to-batch");
            header.add(batch, toBatch);
            String own = currentUser.name().contains("@") ? currentUser.name() : "";
            section(getTranslation("notice.tab.templates"), new TemplateEditor(notices, mailboxes, own));
            section(getTranslation("notice.tab.settings"), new NoticeSettingsForm(notices, due::refresh));
        }
        content.setSizeFull();
        add(header, sendingState, tabs, content);
        show(0);
        live.refreshWhileAttached(this, () -> {
            sent.refresh();
            due.refresh();
        }, NoticesChanged.class);
    }

    private void section(String title, Component section) {
        int index = sections.size();
        var button = new Button(title, click -> show(index));
        button.addClassName("notice-tab");
        tabs.add(button);
        tabButtons.add(button);
        sections.add(section);
    }

    /** Shows the section of that button (only the one shown is attached). */
    void show(int index) {
        if (shown == index) {
            return;
        }
        shown = index;
        for (int i = 0; i < tabButtons.size(); i++) {
            var button = tabButtons.get(i);
            button.removeThemeVariants(ButtonVariant.PRIMARY);
            button.getElement().setAttribute("aria-pressed", Boolean.toString(i == index));
            if (i == index) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
        }
        content.removeAll();
        content.add(sections.get(index));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }
}
