package org.migrationtracker.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Lumo's badge in the tones the screens use, so a state reads in the same colour everywhere: success for what is
 * finished, error for what failed or is late, contrast for what has not started, plain for what is under way.
 * Which tone a domain value gets is decided once, next to the screen that owns the value.
 */
public enum Badge {
    PLAIN("badge"),
    SUCCESS("badge success"),
    ERROR("badge error"),
    CONTRAST("badge contrast");

    private final String theme;

    Badge(String theme) {
        this.theme = theme;
    }

    /** A badge showing the text. */
    public Span of(String text) {
        return span(text, theme);
    }

    /** The filled variant, for what needs attention now ("late"). */
    public Span primary(String text) {
        return span(text, theme + " primary");
    }

    /** The rounded variant, for a tag beside a title ("optional"). */
    public Span pill(String text) {
        return span(text, theme + " pill");
    }

    private static Span span(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
