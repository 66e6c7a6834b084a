package org.migrationtracker.security.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;

import java.net.InetAddress;
import java.nio.file.Path;
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

    private final String scheme;

    /** Plain LDAP on loopback. */
    CorpDirectory() throws LDAPException {
        this("ldap", InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
    }

    /**
     * LDAPS on loopback with a self-signed certificate for {@code localhost} that the JVM does not trust.
     *
     * @param keyStore where to write the certificate's key store (a temporary folder)
     */
    static CorpDirectory withUntrustedCertificate(Path keyStore) throws Exception {
        var keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-alias", "dc", "-keyalg", "RSA", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        var tls = new SSLUtil(new KeyStoreKeyManager(keyStore.toFile(), "changeit".toCharArray()), new TrustAllTrustManager());
        return new CorpDirectory("ldaps", InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(),
                0, tls.createSSLServerSocketFactory(), null));
    }

    private CorpDirectory(String scheme, InMemoryListenerConfig listener) throws LDAPException {
        this.scheme = scheme;
        var config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setSchema(null);
        config.setListenerConfigs(listener);
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(true, getClass().getResource("/directory/corp-example.ldif").getPath());
        server.startListening();
    }

    String url() {
        return scheme + "://localhost:" + server.getListenPort();
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
