package org.migrationtracker.notice;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The templates that ship with the tracker, written from Microsoft's guidance (DOMAIN.md §8): one file per kind and
 * language, {@code notices/<kind>.<language>.html}, its first line {@code Subject: ...}, then a blank line and the body.
 */
final class DefaultTemplates {

    private static final Map<NoticeKind, Map<String, NoticeTemplate>> DEFAULTS = load();

    private DefaultTemplates() {
    }

    static NoticeTemplate of(NoticeKind kind, String language) {
        var template = DEFAULTS.get(kind).get(language);
        if (template == null) {
            throw new IllegalArgumentException("No default " + kind + " notice in '" + language + "'");
        }
        return template;
    }

    private static Map<NoticeKind, Map<String, NoticeTemplate>> load() {
        var all = new EnumMap<NoticeKind, Map<String, NoticeTemplate>>(NoticeKind.class);
        for (var kind : NoticeKind.values()) {
            var byLanguage = new HashMap<String, NoticeTemplate>();
            for (var language : NoticeLanguages.CODES) {
                byLanguage.put(language, read(kind, language));
            }
            all.put(kind, Map.copyOf(byLanguage));
        }
        return all;
    }

    static NoticeTemplate read(NoticeKind kind, String language) {
        String path = "notices/" + kind.name().toLowerCase().replace('_', '-') + "." + language + ".html";
        String text;
        try (var in = new ClassPathResource(path).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The default notice " + path + " is missing", e);
        }
        int end = text.indexOf("\n\n");
        if (!text.startsWith("Subject: ") || end < 0) {
            throw new IllegalStateException(path + " must start with 'Subject: ...' and a blank line");
        }
        return new NoticeTemplate(kind, language, text.substring("Subject: ".length(), end).strip(), text.substring(end + 2).strip(),
                false, null, null);
    }
}
