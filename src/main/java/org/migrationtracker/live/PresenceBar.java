package org.migrationtracker.live;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Also open here: Harry (Helpdesk)": who else has this mailbox or batch open now, updated live. Enters the
 * topic while attached and leaves when detached.
 */
public class PresenceBar extends Div {

    private final Presence presence;
    private final String topic;
    private Presence.@Nullable Entered entered;

    public PresenceBar(Presence presence, LiveUpdates live, String topic) {
        this.presence = presence;
        this.topic = topic;
        addClassName("presence-bar");
        addAttachListener(attach -> {
            entered = presence.enter(topic);
            show();
        });
        addDetachListener(detach -> {
            if (entered != null) {
                entered.leave().remove();
                entered = null;
            }
        });
        live.subscribeWhileAttached(this, PresenceChanged.class, changes -> {
            if (changes.stream().anyMatch(change -> change.topic().equals(topic))) {
                show();
            }
        });
    }

    /** Shows the others who have the topic open (not this screen). */
    void show() {
        removeAll();
        var me = entered == null ? null : entered.viewer();
        var others = presence.viewers(topic).stream().filter(viewer -> !viewer.viewer().equals(me)).toList();
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

    /** The names shown now, for tests. */
    public List<String> shownNames() {
        return getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).skip(1).toList();
    }
}
