package org.migrationtracker.notice;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Each kind's template in each language: the admins' edit where there is one, else the default that ships. */
@Component
class NoticeTemplates {

    private final NoticeStore store;

    NoticeTemplates(NoticeStore store) {
        this.store = store;
    }

    NoticeTemplate of(NoticeKind kind, String language) {
        return store.editedTemplate(kind, language).orElseGet(() -> DefaultTemplates.of(kind, language));
    }

    List<NoticeTemplate> all() {
        var edited = store.editedTemplates();
        var all = new ArrayList<NoticeTemplate>();
        for (var kind : NoticeKind.values()) {
            for (var language : NoticeLanguages.CODES) {
                var mine = edited.get(kind + "/" + language);
                all.add(mine != null ? mine : DefaultTemplates.of(kind, language));
            }
        }
        return all;
    }
}
