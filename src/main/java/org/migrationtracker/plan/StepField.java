package org.migrationtracker.plan;

/** A value a checklist step carries (DOMAIN.md §3), with what kind of value it is. */
public enum StepField {
    /** The domain verified in the tenant (the on-premises primary SMTP domain). */
    DOMAIN(Kind.HOST),
    /** When the TXT (or MX) record was added at the registrar: verification waits 15 minutes after it. */
    TXT_ADDED_AT(Kind.TIME),
    /** The on-premises Exchange server Outlook Anywhere runs on (e.g. EXCH-SRV-01.corp.contoso.com). */
    EXCHANGE_SERVER(Kind.HOST),
    /** Outlook Anywhere's external name, the RPC proxy server (e.g. mail.contoso.com), on the certificate. */
    RPC_PROXY_SERVER(Kind.HOST),
    /** The certificate is from a trusted certification authority, not self-signed (002). */
    TRUSTED_CERTIFICATE(Kind.YES_NO),
    /** The MX records' TTL in seconds (3,600 or less before the migration). */
    MX_TTL_SECONDS(Kind.SECONDS),
    /** When the MX record was pointed to Microsoft 365 (the removal guard's MX change). */
    MX_SWITCHED_AT(Kind.TIME),
    /** The Autodiscover CNAME's host: autodiscover in the cloud namespace. */
    AUTODISCOVER_HOST(Kind.HOST),
    /** The Autodiscover CNAME's target: autodiscover.outlook.com. */
    AUTODISCOVER_TARGET(Kind.HOST);

    /** How a value is written and checked. */
    public enum Kind {
        /** A host name (FQDN syntax). */
        HOST,
        /** A point in time (ISO-8601 instant, e.g. 2026-11-20T08:00:00Z). */
        TIME,
        /** A whole number of seconds. */
        SECONDS,
        /** {@code true} or {@code false}. */
        YES_NO
    }

    private final Kind kind;

    StepField(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "plan.field." + name();
    }
}
