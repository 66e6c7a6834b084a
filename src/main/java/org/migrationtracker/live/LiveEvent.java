package org.migrationtracker.live;

/**
 * An event that other instances' screens must see too: {@link PgEventRelay} passes it on with PostgreSQL NOTIFY.
 * It must be a record of ids and small values (the payload limit is 8,000 bytes); {@link #compact()} gives a
 * smaller form when it is too large (e.g. an operation id instead of 2,000 mailbox ids).
 */
public interface LiveEvent {

    /** A smaller version for the wire; receivers re-read from the database anyway. */
    default LiveEvent compact() {
        return this;
    }
}
