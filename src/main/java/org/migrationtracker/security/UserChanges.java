package org.migrationtracker.security;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an admin changed about a user, in words for the security log: name, roles from → to, enabled. Plain Java. */
record UserChanges(String displayName, Set<Role> roles, boolean enabled) {

    static UserChanges of(TrackerUser user) {
        return new UserChanges(user.getDisplayName(), Set.copyOf(user.getRoles()), user.isEnabled());
    }

    /** "display name 'A' → 'B'; roles LEAD → ADMIN, LEAD; disabled"; empty when nothing changed. */
    Optional<String> to(UserChanges after) {
        var changes = new ArrayList<String>();
        if (!displayName.equals(after.displayName)) {
            changes.add("display name '" + displayName + "' → '" + after.displayName + "'");
        }
        if (!roles.equals(after.roles)) {
            changes.add("roles " + roles(roles) + " → " + roles(after.roles));
        }
        if (enabled != after.enabled) {
            changes.add(after.enabled ? "enabled" : "disabled");
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", changes));
    }

    static String roles(Set<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
