package org.migrationtracker.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Also open here: Harry (Helpdesk)": the other people who have this mailbox or batch open now, each once, updated
 * live; the viewer is not among them, not even for another tab of theirs. Enters the topic while attached (and, in a
 * dialog, while the dialog is open) and leaves when detached or closed; the tab's heartbeats keep it there.
 */
public class PresenceBar extends Div {

    /** The session attribute that names a Vaadin session to {@link Presence} (see {@link PresenceSessions}). */
    static final String SESSION_KEY = PresenceBar.class.getName() + ".session";

    private final Presence presence;
    private final String topic;
    private Presence.@Nullable Entered entered;
    private @Nullable Registration dialogListener;

    public PresenceBar(Presence presence, LiveUpdates live, String topic) {
        this.presence = presence;
        this.topic = topic;
        addClassName("presence-bar");
        addAttachListener(attach -> {
            var dialog = findAncestor(Dialog.class);
            if (dialog != null) {
                dialogListener = dialog.addOpenedChangeListener(change -> {
                    if (change.isOpened()) {
                        enter(attach.getUI());
                    } else {
                        leave();
                    }
                });
            }
            if (dialog == null || dialog.isOpened()) {
                enter(attach.getUI());
            }
        });
        addDetachListener(detach -> {
            if (dialogListener != null) {
                dialogListener.remove();
                dialogListener = null;
            }
            leave();
        });
        live.subscribeWhileAttached(this, PresenceChanged.class, changes -> {
            if (entered != null && changes.stream().anyMatch(change -> change.topic().equals(topic))) {
                show();
            }
        });
    }

    private void enter(UI ui) {
        if (entered != null) {
            return;
        }
        var internals = ui.getInternals();
        entered = presence.enter(topic, sessionKey(ui.getSession()),
                () -> Instant.ofEpochMilli(internals.getLastHeartbeatTimestamp()));
        show();
    }

    private void leave() {
        if (entered != null) {
            entered.leave().remove();
            entered = null;
        }
    }

    /** The name under which {@link Presence} knows the session, made when its first screen part enters. */
    static String sessionKey(VaadinSession session) {
        var key = (String) session.getAttribute(SESSION_KEY);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(SESSION_KEY, key);
        }
        return key;
    }

    /** Shows the other people who have the topic open (not the viewer). */
    void show() {
        removeAll();
        var others = entered == null ? List.<Viewer>of() : presence.others(topic, entered.username());
        if (others.isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        add(new Span(getTranslation("presence.also-here")));
        for (var viewer : others) {
            var avatar = new Avatar(viewer.username());
            avatar.addClassName("presence-avatar");
            var label = new Span(viewer.username() + (viewer.roles().isBlank() ? "" : " (" + roles(viewer.roles()) + ")"));
            label.addClassName("presence-name");
            add(avatar, label);
        }
    }

    private String roles(String roles) {
        return Arrays.stream(roles.split(",")).map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
    }

    /** Whether this bar counts its viewer as present now. */
    public boolean isPresent() {
        return entered != null;
    }

    /** The names shown now, for tests. */
    public List<String> shownNames() {
        return getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).skip(1).toList();
    }
}
