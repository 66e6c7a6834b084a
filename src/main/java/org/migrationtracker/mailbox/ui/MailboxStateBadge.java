package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.html.Span;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.mailbox.MailboxState;
import org.springframework.modulith.NamedInterface;

import java.util.Locale;

/** A mailbox's state as a badge, the same in the grid and on the helpdesk's card: moved green, failed red, not ready grey. */
@NamedInterface(name = "state-badge")
public final class MailboxStateBadge {

    private MailboxStateBadge() {
    }

    public static Span of(MailboxState state, Locale locale) {
        var tone = state.isMoved() ? Badge.SUCCESS : switch (state) {
            case FAILED -> Badge.ERROR;
            case NOT_READY -> Badge.CONTRAST;
            default -> Badge.PLAIN;
        };
        var badge = tone.of(state.message().in(locale));
        badge.addClassName("state-badge");
        return badge;
    }
}
