package org.migrationtracker.security;

import org.migrationtracker.i18n.Message;

/** A password change the rules refuse; {@link #aboutCurrent()} tells whether the current password was wrong. */
public class PasswordChangeRefused extends org.migrationtracker.i18n.Refused {

    private final boolean aboutCurrent;

    PasswordChangeRefused(Message message, boolean aboutCurrent) {
        super(message);
        this.aboutCurrent = aboutCurrent;
    }

    public boolean aboutCurrent() {
        return aboutCurrent;
    }
}
