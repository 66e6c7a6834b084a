package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.Component;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.notice.Notice;
import org.migrationtracker.notice.NoticeStatus;

import java.time.ZoneId;
import java.util.Locale;

/** How the notices' screens word a notice's state: "Sent", "Retrying (2 of 6): Connection refused". */
final class NoticeTexts {

    private NoticeTexts() {
    }

    static String status(Notice notice, Locale locale) {
        String status = notice.status().message().in(locale);
        if ((notice.status() == NoticeStatus.RETRYING || notice.status() == NoticeStatus.FAILED) && !notice.lastError().isBlank()) {
            return Message.of("notice.status.with-error", status, notice.attempts(), notice.lastError()).in(locale);
        }
        return status;
    }

    static String when(Notice notice, Locale locale) {
        var at = notice.sentAt() != null ? notice.sentAt() : notice.queuedAt();
        return Dates.time(at, locale, ZoneId.systemDefault());
    }

    static String language(String code, Component on) {
        return on.getTranslation("notice.language." + code);
    }
}
