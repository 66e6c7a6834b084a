package org.migrationtracker.security.session;

/** Why a signed-in session ended; the security log and the sessions screen say it in these words. */
public enum SessionEnd {
    /** The user signed out. */
    SIGNED_OUT("signed out"),
    /** Idle too long, or its instance stopped. */
    EXPIRED("idle timeout or instance stopped"),
    /** Signed in longer than the absolute lifetime, active or not. */
    ABSOLUTE_LIFETIME("absolute lifetime reached"),
    /** An admin ended it on the sessions screen. */
    ENDED_BY_ADMIN("ended by an admin"),
    /** The user was disabled. */
    USER_DISABLED("user disabled"),
    /** The user's roles changed: the session's rights are out of date. */
    ROLES_CHANGED("roles changed"),
    /** An admin set a new password for the user. */
    PASSWORD_RESET("password reset"),
    /** The user changed their own password: their other sessions end. */
    PASSWORD_CHANGED("password changed");

    private final String detail;

    SessionEnd(String detail) {
        this.detail = detail;
    }

    /** Words for the security log's detail. */
    public String detail() {
        return detail;
    }
}
