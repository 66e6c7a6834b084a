package org.migrationtracker.notice;

import org.migrationtracker.i18n.Refused;

import java.time.Instant;

/**
 * What admins set for the notices: whether the schedule sends them, how many days before a batch's planned start the
 * announcement goes, how many days after the move the Outlook reminder, and the language for users with none.
 */
public record NoticeSettings(boolean automatic, int announcementDays, int reminderDays, String defaultLanguage,
                             Instant updatedAt, String updatedBy, long version) {

    public static final int MAX_DAYS = 60;

    public NoticeSettings {
        if (announcementDays < 1 || announcementDays > MAX_DAYS) {
            throw new Refused("notice.settings.days", MAX_DAYS);
        }
        if (reminderDays < 1 || reminderDays > MAX_DAYS) {
            throw new Refused("notice.settings.days", MAX_DAYS);
        }
        if (!NoticeLanguages.CODES.contains(defaultLanguage)) {
            throw new Refused("notice.settings.language", defaultLanguage);
        }
    }
}
