package org.migrationtracker.notice;

import org.migrationtracker.i18n.Languages;

import java.util.List;

/** The languages a notice is written in: the tracker's five. */
final class NoticeLanguages {

    static final List<String> CODES = Languages.SUPPORTED.stream().map(locale -> locale.getLanguage()).toList();

    private NoticeLanguages() {
    }
}
