package org.migrationtracker.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tracker's bundles, one per language (vaadin-i18n/translations_xx.properties, checked by a test), read through
 * Vaadin's {@link DefaultI18NProvider}, each pattern parsed once ({@link FormatCache}): the screens'
 * {@code getTranslation} and {@link Message#in(Locale)} use the same provider, so a text reads the same wherever it
 * is shown.
 */
public final class Translations {

    /** The provider every screen and message uses. */
    public static final I18NProvider PROVIDER = new FormatCache(new DefaultI18NProvider(Languages.SUPPORTED,
            Translations.class.getClassLoader()));

    private Translations() {
    }

    static String text(Message message, Locale requested) {
        Locale locale = Languages.isSupported(requested.getLanguage()) ? requested : Locale.ENGLISH;
        Object[] args = message.args().stream().map(arg -> argument(arg, locale)).toArray();
        return PROVIDER.getTranslation(message.key(), locale, args);
    }

    private static Object argument(Object arg, Locale locale) {
        return switch (arg) {
            case Message nested -> nested.in(locale);
            case Collection<?> list -> list.stream().map(element -> String.valueOf(argument(element, locale)))
                    .collect(Collectors.joining("; "));
            case Instant instant -> Date.from(instant);
            case LocalDate date -> Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
            default -> arg;
        };
    }
}
