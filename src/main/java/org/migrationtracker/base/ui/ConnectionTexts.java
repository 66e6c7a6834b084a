package org.migrationtracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.migrationtracker.i18n.Message;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's connection indicator (the strip that says "Online" when the server answers again, "Connection lost" when it
 * does not) speaks the reader's language: its texts are set on every page, once the page's language is known.
 */
@Component
class ConnectionTexts implements VaadinServiceInitListener {

    static final String SCRIPT = """
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) {
              indicator.onlineText = $0;
              indicator.offlineText = $1;
              indicator.reconnectingText = $2;
            }""";

    /** Online, lost, reconnecting: in the indicator's order of arguments. */
    static List<String> in(Locale locale) {
        return List.of(Message.of("connection.online").in(locale), Message.of("connection.lost").in(locale),
                Message.of("connection.reconnecting").in(locale));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // after every init listener: the user's chosen language is set by then
            ui.beforeClientResponse(ui, context -> ui.getPage().executeJs(SCRIPT, in(ui.getLocale()).toArray(Object[]::new)));
        });
    }
}
