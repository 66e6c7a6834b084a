package org.migrationtracker.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Refused;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The settings of the one migration this installation tracks. */
@Entity
@Table(name = "migration_project")
public class ProjectSettings {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    @Id
    private short id = 1;

    @Column(nullable = false)
    private String organisationName = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "smtp_domains", nullable = false, columnDefinition = "text[]")
    private String[] smtpDomains = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceVersion sourceVersion = SourceVersion.EXCHANGE_2007;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MigrationMethod method = MigrationMethod.STAGED;

    @Column(name = "directory_sync", nullable = false)
    private boolean directorySync;

    @Column(name = "single_sign_on", nullable = false)
    private boolean singleSignOn;

    @Column(name = "migration_admin_account", nullable = false)
    private String migrationAdminAccount = "";

    @Column(name = "routing_domain", nullable = false)
    private String routingDomain = "";

    @Column(name = "mx_points_to_cloud", nullable = false)
    private boolean mxPointsToCloud;

    @Column(name = "mx_changed_at")
    private @Nullable Instant mxChangedAt;

    @Column(name = "expected_mailboxes")
    private @Nullable Integer expectedMailboxes;

    @Column(name = "long_coexistence", nullable = false)
    private boolean longCoexistence;

    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(nullable = false)
    private String updatedBy = "";

    @Version
    private long version;

    protected ProjectSettings() {
        // for JPA
    }

    void apply(ProjectSettingsData data, String who, Instant now) {
        var problems = data.problems();
        if (!problems.isEmpty()) {
            throw new Refused("project.invalid", problems);
        }
        organisationName = data.organisationName().strip();
        smtpDomains = data.smtpDomains().stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        sourceVersion = data.sourceVersion();
        method = data.method();
        directorySync = data.directorySync();
        singleSignOn = data.singleSignOn();
        migrationAdminAccount = data.migrationAdminAccount().strip();
        routingDomain = data.routingDomain().strip().toLowerCase(Locale.ROOT);
        expectedMailboxes = data.expectedMailboxes();
        longCoexistence = data.longCoexistence();
        updatedBy = who;
        updatedAt = now;
    }

    void recordMx(boolean pointsToCloud, @Nullable Instant changedAt, String who, Instant now) {
        if (pointsToCloud && changedAt == null) {
            throw new Refused("project.mx-when");
        }
        if (changedAt != null && changedAt.isAfter(now)) {
            throw new Refused("project.mx-future");
        }
        mxPointsToCloud = pointsToCloud;
        mxChangedAt = pointsToCloud ? changedAt : null;
        updatedBy = who;
        updatedAt = now;
    }

    static boolean isDomain(String candidate) {
        return DOMAIN.matcher(candidate.strip().toLowerCase(Locale.ROOT)).matches();
    }

    public ProjectSettingsData data() {
        return new ProjectSettingsData(organisationName, List.of(smtpDomains), sourceVersion, method, directorySync,
                singleSignOn, migrationAdminAccount, routingDomain, expectedMailboxes, longCoexistence);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public List<String> getSmtpDomains() {
        return List.of(smtpDomains);
    }

    public SourceVersion getSourceVersion() {
        return sourceVersion;
    }

    public MigrationMethod getMethod() {
        return method;
    }

    public boolean isDirectorySync() {
        return directorySync;
    }

    public boolean isSingleSignOn() {
        return singleSignOn;
    }

    public String getMigrationAdminAccount() {
        return migrationAdminAccount;
    }

    /** The tenant's routing domain (e.g. contoso.mail.onmicrosoft.com); empty when not set. */
    public String getRoutingDomain() {
        return routingDomain;
    }

    /** The MX record points to Microsoft 365 (mail flows to the cloud mailboxes). */
    public boolean isMxPointsToCloud() {
        return mxPointsToCloud;
    }

    /** When the MX record was changed to Microsoft 365; batches may be removed 72 hours later. */
    public @Nullable Instant getMxChangedAt() {
        return mxChangedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
