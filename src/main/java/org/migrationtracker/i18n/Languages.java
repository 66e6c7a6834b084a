package org.migrationtracker.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the tracker speaks: those of the organisations its domain guidance was written for. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.of("da"), Locale.of("sv"), Locale.FRENCH,
            Locale.of("nl"));

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(language));
    }

    /** The language's own name, e.g. "Dansk". */
    public static String nameOf(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
