package org.migrationtracker.security.directory;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.SSLUtil;

import javax.net.ssl.TrustManagerFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Talks to the directory the way Spring Security's bind authentication does: the service account finds the user by
 * the name typed, the user's own bind checks the password, the service account then finds the user's groups. One
 * connection per sign-in; LDAPS trusts what the JVM's trust store trusts and checks the server's host name.
 */
final class Directory {

    private static final int SIZE_LIMIT = 1000;

    private final DirectoryProperties properties;
    private final ServerSet servers;

    Directory(DirectoryProperties properties) {
        this.properties = properties;
        this.servers = servers(properties);
    }

    /**
     * @return the account when the directory knows exactly one user by that name and the password is theirs; empty
     *         for an unknown name, an ambiguous one or a wrong password alike
     * @throws LDAPException when the directory cannot be reached or refuses the service account
     */
    Optional<DirectoryAccount> signIn(String username, String password) throws LDAPException {
        if (password.isEmpty()) {
            // an LDAP bind with a DN and no password is an anonymous bind that succeeds: never let it through
            return Optional.empty();
        }
        try (LDAPConnection connection = servers.getConnection()) {
            connection.bind(serviceBind());
            var found = connection.search(new SearchRequest(properties.userSearchDn(), SearchScope.SUB,
                    filter(properties.userSearchFilter(), username, ""), "displayName", "cn"));
            if (found.getEntryCount() != 1) {
                return Optional.empty();
            }
            SearchResultEntry user = found.getSearchEntries().getFirst();
            try {
                connection.bind(new SimpleBindRequest(user.getDN(), password));
            } catch (LDAPException refused) {
                if (refused.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                    return Optional.empty();
                }
                throw refused;
            }
            connection.bind(serviceBind());
            var groups = new SearchRequest(properties.groupSearchDn(), SearchScope.SUB,
                    filter(properties.groupSearchFilter(), user.getDN(), username), SearchRequest.NO_ATTRIBUTES);
            groups.setSizeLimit(SIZE_LIMIT);
            var groupDns = connection.search(groups).getSearchEntries().stream().map(SearchResultEntry::getDN).toList();
            return Optional.of(new DirectoryAccount(user.getDN(), displayName(user, username), groupDns));
        }
    }

    private BindRequest serviceBind() {
        // an empty simple bind is the anonymous one, for directories that let anyone search
        return properties.bindDn().isEmpty() ? new SimpleBindRequest()
                : new SimpleBindRequest(properties.bindDn(), properties.bindPassword());
    }

    /** The filter with {0} and {1} replaced by the values, escaped so that a typed name cannot change the filter. */
    static Filter filter(String template, String first, String second) throws LDAPException {
        return Filter.create(template.replace("{0}", Filter.encodeValue(first)).replace("{1}", Filter.encodeValue(second)));
    }

    private static String displayName(SearchResultEntry user, String username) {
        for (String attribute : List.of("displayName", "cn")) {
            String value = user.getAttributeValue(attribute);
            if (value != null && !value.isBlank()) {
                // the tracker keeps 200 characters of a name
                return value.strip().substring(0, Math.min(200, value.strip().length()));
            }
        }
        return username;
    }

    private static ServerSet servers(DirectoryProperties properties) {
        List<LDAPURL> urls = properties.servers();
        var options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(Math.toIntExact(properties.timeout().toMillis()));
        options.setResponseTimeoutMillis(properties.timeout().toMillis());
        String[] hosts = urls.stream().map(LDAPURL::getHost).toArray(String[]::new);
        int[] ports = urls.stream().mapToInt(LDAPURL::getPort).toArray();
        if (!urls.getFirst().getScheme().toLowerCase(Locale.ROOT).equals("ldaps")) {
            return new FailoverServerSet(hosts, ports, options);
        }
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        try {
            // the JVM's trust managers: its cacerts, or the store javax.net.ssl.trustStore names
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            var sockets = new SSLUtil(trust.getTrustManagers()).createSSLSocketFactory();
            return new FailoverServerSet(hosts, ports, sockets, options);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("tracker.ldap.url: TLS is not available in this JVM", unavailable);
        }
    }
}
