package org.migrationtracker.i18n;

/**
 * Someone else saved the same record since it was loaded; nothing was overwritten. Its text says who and when, as a
 * {@link Message} (English in {@link #getMessage()}).
 */
public class Conflict extends RuntimeException implements HasMessage {

    private final Message message;

    public Conflict(Message message) {
        super(message.key());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }

    @Override
    public String getMessage() {
        return message.english();
    }
}
