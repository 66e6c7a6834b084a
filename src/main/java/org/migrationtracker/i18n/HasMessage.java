package org.migrationtracker.i18n;

/** An exception that says what went wrong as a {@link Message}: screens translate it, the API speaks English. */
public interface HasMessage {

    Message message();
}
