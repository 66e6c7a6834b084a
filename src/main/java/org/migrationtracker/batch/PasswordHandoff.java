package org.migrationtracker.batch;

import java.util.Map;

/**
 * Where the staged batch CSV's temporary passwords go when the admin asks that each user be mailed theirs: the notice
 * module's announcement, which puts each into that one message and keeps it nowhere else. The passwords live in memory
 * only until their messages are sent (docs/adr/0049).
 */
public interface PasswordHandoff {

    /**
     * Queues each mailbox's announcement with its password. Called inside the export's transaction.
     *
     * @param batchName            the batch the file is for
     * @param passwordsByAddress   primary address → its temporary password, as written into the file
     * @return how many announcements were queued
     */
    int mailPasswords(String batchName, Map<String, String> passwordsByAddress);

    /** Whether messages can go out now: without, the passwords would wait in memory for a mail server. */
    boolean sending();
}
