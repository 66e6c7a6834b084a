package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.batch.BatchStatus;
import org.springframework.modulith.NamedInterface;

import java.util.Locale;

/**
 * A batch's status as a badge, the same on the board, in the batch dialog and on the dashboard: in the reader's
 * language, with Exchange's own word in the tooltip. Colour and icon tell apart what people confuse at a glance:
 * Completed (green, tick), Removed (grey, bin), Stopped (dark, filled, stop) and Failed (red, filled, cross).
 */
@NamedInterface(name = "board-parts")
public final class BatchStatusBadge {

    private BatchStatusBadge() {
    }

    public static Span of(BatchStatus status, String raw, Locale locale) {
        var text = status.message().in(locale)
                + (raw.isBlank() || raw.equalsIgnoreCase(status.exchangeName()) ? "" : " (" + raw + ")");
        var badge = switch (status) {
            case COMPLETED -> Badge.SUCCESS.of(text);
            case SYNCED_WITH_ERRORS, COMPLETED_WITH_ERRORS -> Badge.ERROR.of(text);
            case FAILED -> Badge.ERROR.primary(text);
            case STOPPED -> Badge.CONTRAST.primary(text);
            case REMOVING, REMOVED -> Badge.CONTRAST.of(text);
            case CREATED, STARTING, SYNCING, SYNCED, COMPLETING -> Badge.PLAIN.of(text);
        };
        VaadinIcon shape = switch (status) {
            case CREATED -> VaadinIcon.CLOCK;
            case STARTING, SYNCING, COMPLETING -> VaadinIcon.REFRESH;
            case SYNCED -> VaadinIcon.CHECK_CIRCLE_O;
            case COMPLETED -> VaadinIcon.CHECK;
            case SYNCED_WITH_ERRORS, COMPLETED_WITH_ERRORS -> VaadinIcon.WARNING;
            case FAILED -> VaadinIcon.CLOSE_SMALL;
            case STOPPED -> VaadinIcon.STOP;
            case REMOVING, REMOVED -> VaadinIcon.TRASH;
        };
        var icon = shape.create();
        icon.getStyle().set("padding", "var(--lumo-space-xs)");
        icon.getElement().setAttribute("aria-hidden", "true");
        badge.addComponentAsFirst(icon);
        badge.getElement().setAttribute("title", status.exchangeName());
        badge.addClassName("batch-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
