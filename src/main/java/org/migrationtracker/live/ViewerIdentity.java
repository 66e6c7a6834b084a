package org.migrationtracker.live;

/**
 * Who the user on this thread is, as the others see them in a {@link PresenceBar}. The security module provides it:
 * live may not depend on security, whose events are live events.
 */
public interface ViewerIdentity {

    String username();

    /** The viewer's role names, sorted and comma-separated ("ADMIN,LEAD"). */
    String roles();
}
