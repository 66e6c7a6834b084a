package org.migrationtracker.i18n;

/** A request a rule refuses; nothing was changed. Its text is a {@link Message} (English in {@link #getMessage()}). */
public class Refused extends IllegalArgumentException implements HasMessage {

    private final Message message;

    public Refused(Message message) {
        super(message.key());
        this.message = message;
    }

    public Refused(String key, Object... args) {
        this(Message.of(key, args));
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
