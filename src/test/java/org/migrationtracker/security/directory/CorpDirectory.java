package org.migrationtracker.security.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * An Active Directory-like directory in memory (UnboundID, as Spring Security's own LDAP tests use), on a free
 * loopback port, filled from {@code directory/corp-example.ldif}: users in Migration-Admins, -Helpdesk and -Leads, one
 * in an unmapped group only, one in no group. No schema, so AD's attributes (sAMAccountName) need none.
 */
final class CorpDirectory implements AutoCloseable {

    static final String BASE_DN = "DC=corp,DC=example";
    static final String ADMINS = "CN=Migration-Admins,OU=Groups,DC=corp,DC=example";
    static final String HELPDESK = "CN=Migration-Helpdesk,OU=Groups,DC=corp,DC=example";
    static final String LEADS = "CN=Migration-Leads,OU=Groups,DC=corp,DC=example";

    private final InMemoryDirectoryServer server;

    CorpDirectory() throws LDAPException {
        var config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setSchema(null);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(true, getClass().getResource("/directory/corp-example.ldif").getPath());
        server.startListening();
    }

    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** The tracker's settings for this directory, as an AD admin would write them. */
    Map<String, String> settings() {
        return Map.of(
                "tracker.ldap.url", url(),
                "tracker.ldap.base-dn", BASE_DN,
                "tracker.ldap.bind-dn", "CN=svc-tracker,OU=Service,DC=corp,DC=example",
                "tracker.ldap.bind-password", "svc-tracker-password",
                "tracker.ldap.user-search-base", "OU=Staff",
                "tracker.ldap.group-search-base", "OU=Groups",
                "tracker.ldap.roles.ADMIN", ADMINS,
                // lower case and spaces after the commas: the directory compares DNs that way too
                "tracker.ldap.roles.HELPDESK", "cn=migration-helpdesk, ou=groups, dc=corp, dc=example",
                "tracker.ldap.roles.LEAD", LEADS);
    }

    String[] settingsAsProperties() {
        return settings().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    void addMember(String groupDn, String userDn) throws LDAPException {
        server.modify(groupDn, new Modification(ModificationType.ADD, "member", userDn));
    }

    void removeMember(String groupDn, String userDn) throws LDAPException {
        server.modify(groupDn, new Modification(ModificationType.DELETE, "member", userDn));
    }

    void setDisplayName(String userDn, String displayName) throws LDAPException {
        server.modify(userDn, List.of(new Modification(ModificationType.REPLACE, "displayName", displayName)));
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
