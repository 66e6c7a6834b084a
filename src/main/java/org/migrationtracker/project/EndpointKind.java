package org.migrationtracker.project;

/** How Microsoft 365 connects to the source (the Exchange admin center's endpoint types). */
public enum EndpointKind {
    /** Cutover and staged migrations (RPC over HTTP, 001, 002). */
    OUTLOOK_ANYWHERE,
    IMAP,
    /** Remote move requests through the hybrid server (004). */
    HYBRID;

    /** The endpoint a method's batches use. */
    public static EndpointKind of(MigrationMethod method) {
        return switch (method) {
            case CUTOVER, STAGED -> OUTLOOK_ANYWHERE;
            case IMAP -> IMAP;
            case HYBRID -> HYBRID;
        };
    }
}
