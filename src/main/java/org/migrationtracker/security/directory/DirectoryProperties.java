package org.migrationtracker.security.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the directory is and how to find users and their groups ({@code tracker.ldap.*}, README "Sign in with Active
 * Directory"). A blank URL (the default) leaves directory sign-in off. A configuration that cannot work fails startup
 * with a message that names the property.
 *
 * @param url               {@code ldaps://dc01.corp.example:636}; several servers separated by spaces are tried in turn
 * @param baseDn            the directory's root for searches, e.g. {@code DC=corp,DC=example}
 * @param bindDn            the service account that searches users and groups; blank for an anonymous search
 * @param bindPassword      its password
 * @param userSearchBase    where users are searched, relative to the base DN; blank for the base DN itself
 * @param userSearchFilter  finds the user by the name typed at sign-in, {@code {0}}
 * @param groupSearchBase   where groups are searched, relative to the base DN; blank for the base DN itself
 * @param groupSearchFilter finds the user's groups: {@code {0}} is the user's DN, {@code {1}} the name typed
 * @param roles             role name to group DN, several DNs separated by {@code ;}
 * @param timeout           how long to wait for the directory to connect or answer
 */
@ConfigurationProperties("tracker.ldap")
public record DirectoryProperties(String url, String baseDn, String bindDn, String bindPassword,
                                  String userSearchBase, String userSearchFilter, String groupSearchBase,
                                  String groupSearchFilter, Map<String, String> roles, Duration timeout) {

    static final String AD_USER_FILTER = "(sAMAccountName={0})";
    static final String MEMBER_FILTER = "(member={0})";

    /** Absent properties arrive as null: each gets its default here, so the accessors never return null. */
    @SuppressWarnings("ConstantValue")
    public DirectoryProperties {
        url = blankIfNull(url);
        baseDn = blankIfNull(baseDn);
        bindDn = blankIfNull(bindDn);
        bindPassword = bindPassword == null ? "" : bindPassword;
        userSearchBase = blankIfNull(userSearchBase);
        userSearchFilter = userSearchFilter == null || userSearchFilter.isBlank() ? AD_USER_FILTER : userSearchFilter.strip();
        groupSearchBase = blankIfNull(groupSearchBase);
        groupSearchFilter = groupSearchFilter == null || groupSearchFilter.isBlank() ? MEMBER_FILTER : groupSearchFilter.strip();
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        if (!url.isEmpty()) {
            check(url, baseDn, bindDn, bindPassword, userSearchBase, userSearchFilter, groupSearchBase,
                    groupSearchFilter, timeout);
            DirectoryRoles.of(roles);
        }
    }

    /** Directory sign-in is on when a URL is set. */
    public boolean enabled() {
        return !url.isEmpty();
    }

    /** The servers, in the order they are tried. */
    List<LDAPURL> servers() {
        return Arrays.stream(url.split("\\s+")).map(DirectoryProperties::ldapUrl).toList();
    }

    String userSearchDn() {
        return under(userSearchBase);
    }

    String groupSearchDn() {
        return under(groupSearchBase);
    }

    private String under(String relative) {
        return relative.isEmpty() ? baseDn : relative + "," + baseDn;
    }

    /** Never the bind password: this record may end up in a log line or a failure message. */
    @Override
    public String toString() {
        return "DirectoryProperties[url=" + url + ", baseDn=" + baseDn + ", bindDn=" + bindDn + ", bindPassword="
                + (bindPassword.isEmpty() ? "(none)" : "(set)") + ", userSearchBase=" + userSearchBase
                + ", userSearchFilter=" + userSearchFilter + ", groupSearchBase=" + groupSearchBase
                + ", groupSearchFilter=" + groupSearchFilter + ", roles=" + roles + ", timeout=" + timeout + "]";
    }

    private static void check(String url, String baseDn, String bindDn, String bindPassword, String userSearchBase,
                              String userSearchFilter, String groupSearchBase, String groupSearchFilter,
                              Duration timeout) {
        Arrays.stream(url.split("\\s+")).forEach(DirectoryProperties::ldapUrl);
        if (Arrays.stream(url.split("\\s+")).map(u -> ldapUrl(u).getScheme()).distinct().count() > 1) {
            throw new IllegalArgumentException("tracker.ldap.url: use ldaps:// (or ldap://) for all servers alike");
        }
        if (baseDn.isEmpty()) {
            throw new IllegalArgumentException("tracker.ldap.base-dn is required when tracker.ldap.url is set, e.g. DC=corp,DC=example");
        }
        requireDn("tracker.ldap.base-dn", baseDn);
        if (!bindDn.isEmpty()) {
            requireDn("tracker.ldap.bind-dn", bindDn);
            if (bindPassword.isEmpty()) {
                throw new IllegalArgumentException("tracker.ldap.bind-password is required when tracker.ldap.bind-dn is set");
            }
        }
        if (!userSearchBase.isEmpty()) {
            requireDn("tracker.ldap.user-search-base", userSearchBase);
        }
        if (!groupSearchBase.isEmpty()) {
            requireDn("tracker.ldap.group-search-base", groupSearchBase);
        }
        requireFilter("tracker.ldap.user-search-filter", userSearchFilter);
        requireFilter("tracker.ldap.group-search-filter", groupSearchFilter);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("tracker.ldap.timeout must be positive, e.g. 5s");
        }
    }

    private static LDAPURL ldapUrl(String url) {
        try {
            var parsed = new LDAPURL(url);
            if (!parsed.getScheme().toLowerCase(Locale.ROOT).startsWith("ldap")) {
                throw new IllegalArgumentException("tracker.ldap.url: '" + url + "' is no ldap:// or ldaps:// address");
            }
            return parsed;
        } catch (LDAPException invalid) {
            throw new IllegalArgumentException("tracker.ldap.url: '" + url + "' is no ldap:// or ldaps:// address");
        }
    }

    static void requireDn(String property, String dn) {
        if (!DN.isValidDN(dn)) {
            throw new IllegalArgumentException(property + ": '" + dn + "' is no distinguished name (like CN=Name,OU=Unit,DC=corp,DC=example)");
        }
    }

    private static void requireFilter(String property, String filter) {
        if (!filter.contains("{0}")) {
            throw new IllegalArgumentException(property + " must contain {0}, e.g. " + (property.contains("user") ? AD_USER_FILTER : MEMBER_FILTER));
        }
        try {
            Filter.create(filter.replace("{0}", "x").replace("{1}", "x"));
        } catch (LDAPException invalid) {
            throw new IllegalArgumentException(property + ": '" + filter + "' is no LDAP filter (" + invalid.getExceptionMessage() + ")");
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
