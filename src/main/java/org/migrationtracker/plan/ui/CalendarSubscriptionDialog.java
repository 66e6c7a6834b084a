package org.migrationtracker.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.plan.CalendarExport;
import org.migrationtracker.plan.CalendarSubscriptions;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.ByteArrayInputStream;

/**
 * The signed-in user's calendar in Outlook: how to subscribe, a subscription URL (shown when made or renewed, since
 * only its hash is kept), ending the subscription, and the .ics to download once. A plan screen opens it.
 */
public class CalendarSubscriptionDialog extends Dialog {

    final Paragraph state = new Paragraph();
    final TextField url = new TextField();
    final Anchor webcal = new Anchor();
    final Button renew = new Button();
    final Button revoke = new Button();
    final Anchor download;
    private final CalendarSubscriptions subscriptions;

    public CalendarSubscriptionDialog(CalendarSubscriptions subscriptions, CalendarExport export) {
        this.subscriptions = subscriptions;
        setHeaderTitle(getTranslation("plan.calendar.dialog.title"));
        setWidth("min(44rem, 95vw)");
        var locale = getLocale();
        url.setLabel(getTranslation("plan.calendar.dialog.url"));
        url.setHelperText(getTranslation("plan.calendar.dialog.url-help"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("calendar-url");
        url.setVisible(false);
        webcal.setText(getTranslation("plan.calendar.dialog.webcal"));
        webcal.setVisible(false);
        state.setId("calendar-state");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.addClickListener(click -> show(subscriptions.renew()));
        revoke.setText(getTranslation("plan.calendar.dialog.revoke"));
        revoke.addClickListener(click -> {
            subscriptions.revoke();
            url.clear();
            url.setVisible(false);
            webcal.setVisible(false);
            refresh(getTranslation("plan.calendar.dialog.revoked"));
        });
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] ics = export.forCurrentUser(locale);
            return new DownloadResponse(new ByteArrayInputStream(ics), CalendarExport.FILE_NAME, "text/calendar", ics.length);
        }), getTranslation("plan.calendar.dialog.download"));
        download.setId("calendar-download");
        add(new Paragraph(getTranslation("plan.calendar.dialog.intro")),
                new Paragraph(getTranslation("plan.calendar.dialog.outlook")), state, url, webcal,
                new HorizontalLayout(renew, revoke));
        getFooter().add(download, new Button(getTranslation("action.close"), click -> close()));
        refresh(null);
    }

    /** The URL on screen: absolute, from the address the browser used to reach the tracker. */
    private void show(String path) {
        String absolute = absolute(path);
        url.setValue(absolute);
        url.setVisible(true);
        // webcal is not on Vaadin's safe list; this link is the tracker's own address, made here, never user input
        webcal.setUnsafeHref(absolute.replaceFirst("^https?://", "webcal://"));
        webcal.setVisible(absolute.startsWith("http"));
        refresh(getTranslation("plan.calendar.dialog.made"));
    }

    private void refresh(@Nullable String said) {
        boolean subscribed = subscriptions.subscribed();
        renew.setText(getTranslation(subscribed ? "plan.calendar.dialog.renew" : "plan.calendar.dialog.create"));
        revoke.setEnabled(subscribed);
        state.setText(said != null ? said : getTranslation(subscribed ? "plan.calendar.dialog.subscribed"
                : "plan.calendar.dialog.not-subscribed"));
    }

    private static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return path;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path(path).toUriString();
    }
}
