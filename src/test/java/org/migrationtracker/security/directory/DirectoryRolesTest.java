package org.migrationtracker.security.directory;

import org.junit.jupiter.api.Test;
import org.migrationtracker.security.Role;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DirectoryRolesTest {

    private static final String ADMINS = "CN=Migration-Admins,OU=Groups,DC=corp,DC=example";
    private static final String LEADS = "CN=Migration-Leads,OU=Groups,DC=corp,DC=example";

    @Test
    void each_mapped_group_gives_its_role_and_several_groups_add_up() {
        var roles = DirectoryRoles.of(Map.of("ADMIN", ADMINS, "LEAD", LEADS));

        assertThat(roles.rolesOf(List.of(ADMINS))).containsExactly(Role.ADMIN);
        assertThat(roles.rolesOf(List.of(LEADS))).containsExactly(Role.LEAD);
        assertThat(roles.rolesOf(List.of(ADMINS, LEADS))).containsExactlyInAnyOrder(Role.ADMIN, Role.LEAD);
    }

    @Test
    void a_user_in_no_mapped_group_gets_no_role() {
        var roles = DirectoryRoles.of(Map.of("ADMIN", ADMINS));

        assertThat(roles.rolesOf(List.of("CN=Print-Operators,OU=Groups,DC=corp,DC=example"))).isEmpty();
        assertThat(roles.rolesOf(List.of())).isEmpty();
        assertThat(roles.rolesOf(List.of("not a dn"))).isEmpty();
    }

    @Test
    void group_dns_match_whatever_their_case_and_spaces_after_commas() {
        var roles = DirectoryRoles.of(Map.of("ADMIN", "cn=migration-admins, ou=groups, dc=corp, dc=example"));

        assertThat(roles.rolesOf(List.of(ADMINS))).containsExactly(Role.ADMIN);
        assertThat(roles.rolesOf(List.of("CN=MIGRATION-ADMINS,OU=GROUPS,DC=CORP,DC=EXAMPLE"))).containsExactly(Role.ADMIN);
    }

    @Test
    void a_role_takes_several_groups_separated_by_semicolons_and_role_names_in_any_case() {
        var roles = DirectoryRoles.of(Map.of("helpdesk", "CN=Helpdesk-North,OU=Groups,DC=corp,DC=example ; "
                + "CN=Helpdesk-South,OU=Groups,DC=corp,DC=example"));

        assertThat(roles.rolesOf(List.of("CN=Helpdesk-North,OU=Groups,DC=corp,DC=example"))).containsExactly(Role.HELPDESK);
        assertThat(roles.rolesOf(List.of("CN=Helpdesk-South,OU=Groups,DC=corp,DC=example"))).containsExactly(Role.HELPDESK);
    }

    @Test
    void one_group_may_give_two_roles() {
        var roles = DirectoryRoles.of(Map.of("ADMIN", ADMINS, "LEAD", ADMINS));

        assertThat(roles.rolesOf(List.of(ADMINS))).containsExactlyInAnyOrder(Role.ADMIN, Role.LEAD);
    }

    @Test
    void an_unknown_role_is_refused_naming_the_property_and_the_roles_there_are() {
        assertThatIllegalArgumentException().isThrownBy(() -> DirectoryRoles.of(Map.of("BOSS", ADMINS)))
                .withMessage("tracker.ldap.roles.BOSS: no such role (roles are ADMIN, HELPDESK, LEAD)");
    }

    @Test
    void a_group_that_is_no_dn_is_refused_naming_the_property() {
        assertThatIllegalArgumentException().isThrownBy(() -> DirectoryRoles.of(Map.of("ADMIN", "Migration-Admins")))
                .withMessageStartingWith("tracker.ldap.roles.ADMIN: 'Migration-Admins' is no distinguished name");
        assertThatIllegalArgumentException().isThrownBy(() -> DirectoryRoles.of(Map.of("ADMIN", " ; ")))
                .withMessage("tracker.ldap.roles.ADMIN: name at least one group DN");
    }

    @Test
    void no_mapping_at_all_is_refused_with_an_example() {
        assertThatIllegalArgumentException().isThrownBy(() -> DirectoryRoles.of(Map.of()))
                .withMessageStartingWith("tracker.ldap.roles: map at least one role to a directory group, e.g. tracker.ldap.roles.ADMIN=CN=");
    }
}
