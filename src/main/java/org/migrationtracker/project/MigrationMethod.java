package org.migrationtracker.project;

/** How mailboxes move to Microsoft 365. */
public enum MigrationMethod {
    /** All mailboxes in one batch; at most 2,000 (fewer than 150 recommended); directory sync off. */
    CUTOVER,
    /** Batches of at most 2,000; Exchange 2003/2007 only; directory sync required; mailboxes become mail users. */
    STAGED,
    /** Remote move requests through a hybrid server; directory sync required; users keep their Outlook profile. */
    HYBRID,
    /** Mail contents only, from pre-2003 Exchange or other systems. */
    IMAP
}
