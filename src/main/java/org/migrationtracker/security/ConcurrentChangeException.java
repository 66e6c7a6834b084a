package org.migrationtracker.security;

/** Someone else saved the same record since it was read; nothing was overwritten. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
