package org.migrationtracker.project;

/** The on-premises system the mailboxes leave. */
public enum SourceVersion {
    EXCHANGE_2003("Exchange 2003"),
    EXCHANGE_2007("Exchange 2007"),
    EXCHANGE_2010("Exchange 2010"),
    EXCHANGE_2013("Exchange 2013"),
    EXCHANGE_2016("Exchange 2016"),
    OTHER("Other / IMAP source");

    private final String label;

    SourceVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
