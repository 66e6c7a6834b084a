package org.migrationtracker.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.migrationtracker.i18n.Refused;

import java.time.Instant;
import java.util.Locale;

/** A migration endpoint the project's batches use; edited by admins, checked by its own values. */
@Entity
@Table(name = "migration_endpoint")
public class MigrationEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EndpointKind kind = EndpointKind.OUTLOOK_ANYWHERE;

    @Column(name = "exchange_server", nullable = false)
    private String exchangeServer = "";

    @Column(name = "rpc_proxy_server", nullable = false)
    private String rpcProxyServer = "";

    @Column(nullable = false)
    private String account = "";

    @Column(name = "max_concurrent", nullable = false)
    private int maxConcurrent = 20;

    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(nullable = false)
    private String updatedBy = "";

    @Version
    private long version;

    protected MigrationEndpoint() {
        // for JPA
    }

    MigrationEndpoint(EndpointData data, String who, Instant now) {
        apply(data, who, now);
    }

    final void apply(EndpointData data, String who, Instant now) {
        var problems = data.problems();
        if (!problems.isEmpty()) {
            throw new Refused("endpoint.invalid", problems);
        }
        name = data.name();
        kind = data.kind();
        exchangeServer = data.exchangeServer().toLowerCase(Locale.ROOT);
        rpcProxyServer = data.rpcProxyServer().toLowerCase(Locale.ROOT);
        account = data.account();
        maxConcurrent = data.maxConcurrent();
        updatedBy = who;
        updatedAt = now;
    }

    public EndpointData data() {
        return new EndpointData(name, kind, exchangeServer, rpcProxyServer, account, maxConcurrent);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public EndpointKind getKind() {
        return kind;
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
