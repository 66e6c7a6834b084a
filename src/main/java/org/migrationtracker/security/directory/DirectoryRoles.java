package org.migrationtracker.security.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import org.migrationtracker.security.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which directory groups give which tracker role ({@code tracker.ldap.roles.ADMIN=CN=Migration-Admins,...}). Group
 * DNs match as the directory compares them: case and spaces after commas do not matter.
 */
final class DirectoryRoles {

    /** Normalised group DN to the roles it gives. */
    private final Map<String, Set<Role>> byGroup;

    private DirectoryRoles(Map<String, Set<Role>> byGroup) {
        this.byGroup = byGroup;
    }

    /**
     * @param mapping role name (any case, as environment variables give it) to one group DN or several separated by
     *                {@code ;}
     * @throws IllegalArgumentException naming the property, for an unknown role, a DN that is none, or no mapping
     */
    static DirectoryRoles of(Map<String, String> mapping) {
        if (mapping.isEmpty()) {
            throw new IllegalArgumentException("tracker.ldap.roles: map at least one role to a directory group, "
                    + "e.g. tracker.ldap.roles.ADMIN=CN=Migration-Admins,OU=Groups,DC=corp,DC=example");
        }
        var byGroup = new HashMap<String, Set<Role>>();
        mapping.forEach((name, groups) -> {
            String property = "tracker.ldap.roles." + name;
            var role = role(name).orElseThrow(() -> new IllegalArgumentException(property + ": no such role (roles are "
                    + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ")"));
            var dns = Arrays.stream(groups.split(";")).map(String::strip).filter(dn -> !dn.isEmpty()).toList();
            if (dns.isEmpty()) {
                throw new IllegalArgumentException(property + ": name at least one group DN");
            }
            for (String dn : dns) {
                DirectoryProperties.requireDn(property, dn);
                byGroup.computeIfAbsent(normalized(dn), g -> EnumSet.noneOf(Role.class)).add(role);
            }
        });
        return new DirectoryRoles(Map.copyOf(byGroup));
    }

    /** The roles the user's groups give; empty when none of them is mapped (such a user is refused). */
    Set<Role> rolesOf(Collection<String> groupDns) {
        var roles = EnumSet.noneOf(Role.class);
        for (String group : groupDns) {
            if (DN.isValidDN(group)) {
                roles.addAll(byGroup.getOrDefault(normalized(group), Set.of()));
            }
        }
        return roles;
    }

    private static Optional<Role> role(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    private static String normalized(String dn) {
        try {
            return DN.normalize(dn);
        } catch (LDAPException invalid) {
            throw new IllegalArgumentException(invalid.getExceptionMessage(), invalid);
        }
    }
}
