package org.migrationtracker.security.directory;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** tracker.ldap.* bound as Spring Boot binds it, from a plain map: no application context. */
class DirectoryPropertiesTest {

    private static final String ADMINS = "CN=Migration-Admins,OU=Groups,DC=corp,DC=example";

    private static Map<String, String> working() {
        var settings = new HashMap<String, String>();
        settings.put("tracker.ldap.url", "ldaps://dc01.corp.example:636");
        settings.put("tracker.ldap.base-dn", "DC=corp,DC=example");
        settings.put("tracker.ldap.bind-dn", "CN=svc-tracker,OU=Service,DC=corp,DC=example");
        settings.put("tracker.ldap.bind-password", "secret-of-the-service-account");
        settings.put("tracker.ldap.roles.ADMIN", ADMINS);
        return settings;
    }

    private static DirectoryProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("tracker.ldap", DirectoryProperties.class);
    }

    /** The one-line message Spring Boot shows as the reason startup failed. */
    private static String refusal(Map<String, String> settings) {
        var failure = org.assertj.core.api.Assertions.catchThrowableOfType(BindException.class, () -> bind(settings));
        assertThat(failure).as("startup fails").isNotNull();
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void directory_sign_in_is_off_by_default_with_the_active_directory_filters() {
        var properties = bind(Map.of());

        assertThat(properties.enabled()).isFalse();
        assertThat(properties.userSearchFilter()).isEqualTo("(sAMAccountName={0})");
        assertThat(properties.groupSearchFilter()).isEqualTo("(member={0})");
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.roles()).isEmpty();
    }

    @Test
    void a_group_dn_stays_whole_with_its_commas_and_searches_sit_under_the_base_dn() {
        var settings = working();
        settings.put("tracker.ldap.user-search-base", "OU=Staff");
        var properties = bind(settings);

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.roles()).containsEntry("ADMIN", ADMINS);
        assertThat(properties.userSearchDn()).isEqualTo("OU=Staff,DC=corp,DC=example");
        assertThat(properties.groupSearchDn()).isEqualTo("DC=corp,DC=example");
        assertThat(properties.servers()).singleElement().satisfies(url -> {
            assertThat(url.getHost()).isEqualTo("dc01.corp.example");
            assertThat(url.getPort()).isEqualTo(636);
        });
    }

    @Test
    void the_bind_password_never_shows_in_the_text_of_the_settings() {
        assertThat(bind(working()).toString()).doesNotContain("secret-of-the-service-account").contains("bindPassword=(set)");
    }

    @Test
    void a_url_without_base_dn_fails_startup_naming_the_property() {
        var settings = working();
        settings.remove("tracker.ldap.base-dn");

        assertThat(refusal(settings)).isEqualTo("tracker.ldap.base-dn is required when tracker.ldap.url is set, e.g. DC=corp,DC=example");
    }

    @Test
    void a_mapping_to_an_unknown_role_fails_startup_naming_the_property() {
        var settings = working();
        settings.put("tracker.ldap.roles.OWNER", ADMINS);

        assertThat(refusal(settings)).isEqualTo("tracker.ldap.roles.OWNER: no such role (roles are ADMIN, HELPDESK, LEAD)");
    }

    @Test
    void other_settings_that_cannot_work_fail_startup_naming_their_property() {
        assertThat(refusal(with("tracker.ldap.url", "https://dc01.corp.example"))).startsWith("tracker.ldap.url: ");
        assertThat(refusal(with("tracker.ldap.url", "ldaps://dc01:636 ldap://dc02:389"))).startsWith("tracker.ldap.url: ");
        assertThat(refusal(with("tracker.ldap.bind-password", ""))).isEqualTo("tracker.ldap.bind-password is required when tracker.ldap.bind-dn is set");
        assertThat(refusal(with("tracker.ldap.base-dn", "corp.example"))).startsWith("tracker.ldap.base-dn: 'corp.example' is no distinguished name");
        assertThat(refusal(with("tracker.ldap.user-search-filter", "(sAMAccountName=ada)"))).startsWith("tracker.ldap.user-search-filter must contain {0}");
        assertThat(refusal(with("tracker.ldap.group-search-filter", "(member={0}"))).startsWith("tracker.ldap.group-search-filter: '(member={0}' is no LDAP filter");
        assertThat(refusal(with("tracker.ldap.timeout", "0s"))).isEqualTo("tracker.ldap.timeout must be positive, e.g. 5s");
    }

    @Test
    void nested_group_matching_and_several_servers_are_accepted() {
        var settings = with("tracker.ldap.group-search-filter", "(member:1.2.840.113556.1.4.1941:={0})");
        settings.put("tracker.ldap.url", "ldaps://dc01.corp.example ldaps://dc02.corp.example:3269");
        var properties = bind(settings);

        assertThat(properties.servers()).extracting(url -> url.getHost() + ":" + url.getPort())
                .containsExactly("dc01.corp.example:636", "dc02.corp.example:3269");
    }

    @Test
    void environment_variables_set_it_all_with_the_role_in_the_variable_name() {
        var environment = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "TRACKER_LDAP_URL", "ldaps://dc01.corp.example:636",
                "TRACKER_LDAP_BASE_DN", "DC=corp,DC=example",
                "TRACKER_LDAP_BIND_DN", "CN=svc-tracker,OU=Service,DC=corp,DC=example",
                "TRACKER_LDAP_BIND_PASSWORD", "secret",
                "TRACKER_LDAP_ROLES_ADMIN", ADMINS));

        var properties = new Binder(ConfigurationPropertySources.from(environment)).bindOrCreate("tracker.ldap", DirectoryProperties.class);

        assertThat(properties.baseDn()).isEqualTo("DC=corp,DC=example");
        assertThat(DirectoryRoles.of(properties.roles()).rolesOf(java.util.List.of(ADMINS))).containsExactly(org.migrationtracker.security.Role.ADMIN);
    }

    private static Map<String, String> with(String key, String value) {
        var settings = working();
        settings.put(key, value);
        return settings;
    }
}
