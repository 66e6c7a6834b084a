package org.migrationtracker.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin's {@link DefaultI18NProvider} with each text's {@link MessageFormat} parsed once per language instead of on
 * every call. The default parses the pattern again for each text with arguments; under 200 people at once that
 * parsing was a fifth of the dashboard's drawing (docs/adr/0045). What a text reads is unchanged: the pattern comes
 * from the same provider, texts without arguments are returned as it returns them, and a missing key reads as it
 * says it. A {@link MessageFormat} is not safe for two threads at once, so each is used under its own lock (formatting
 * takes microseconds).
 */
final class FormatCache implements I18NProvider {

    private record Key(Locale locale, String key) {
    }

    private final DefaultI18NProvider provider;
    private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

    FormatCache(DefaultI18NProvider provider) {
        this.provider = provider;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return provider.getProvidedLocales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (params.length == 0 || key == null || locale == null) {
            return provider.getTranslation(key, locale, params);
        }
        String pattern = provider.getTranslation(key, locale);
        if (pattern.startsWith("!" + locale.getLanguage() + ": ")) {
            return pattern; // the provider's word for a missing key, as it returns it with arguments too
        }
        var format = formats.computeIfAbsent(new Key(locale, key), k -> new MessageFormat(pattern, locale));
        synchronized (format) {
            return format.format(params);
        }
    }
}
