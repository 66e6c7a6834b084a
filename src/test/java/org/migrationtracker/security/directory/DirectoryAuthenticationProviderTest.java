package org.migrationtracker.security.directory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationtracker.security.DirectoryUsers;
import org.migrationtracker.security.Role;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The directory's sign-in against the in-memory directory, with the tracker's side (shadow users) stood in for. */
class DirectoryAuthenticationProviderTest {

    static CorpDirectory corp;

    @BeforeAll
    static void startDirectory() throws Exception {
        corp = new CorpDirectory();
    }

    @AfterAll
    static void stopDirectory() {
        corp.close();
    }

    private final DirectoryUsers users = mock(DirectoryUsers.class);

    private DirectoryAuthenticationProvider provider(Map<String, String> settings) {
        var properties = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("tracker.ldap", DirectoryProperties.class);
        return new DirectoryAuthenticationProvider(new Directory(properties), DirectoryRoles.of(properties.roles()), users);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void a_user_in_a_mapped_group_signs_in_with_its_role_and_the_directory_name() {
        when(users.signedIn(anyString(), anyString(), any())).thenReturn(DirectoryUsers.Outcome.SIGNED_IN);

        var signedIn = provider(corp.settings()).authenticate(attempt("Hal.Helpdesk", "hal.helpdesk-password"));

        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getName()).isEqualTo("hal.helpdesk");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_HELPDESK");
        verify(users).signedIn("hal.helpdesk", "Hal Helpdesk", Set.of(Role.HELPDESK));
    }

    @Test
    void two_first_sign_ins_at_once_both_get_in_when_the_other_made_the_shadow_user_first() {
        when(users.signedIn(anyString(), anyString(), any()))
                .thenThrow(new DataIntegrityViolationException("tracker_user_username_key"))
                .thenReturn(DirectoryUsers.Outcome.SIGNED_IN);

        assertThat(provider(corp.settings()).authenticate(attempt("ada.admin", "ada.admin-password"))).isNotNull();
    }

    @Test
    void without_a_display_name_the_common_name_is_the_name() {
        when(users.signedIn(anyString(), anyString(), any())).thenReturn(DirectoryUsers.Outcome.SIGNED_IN);

        provider(corp.settings()).authenticate(attempt("lea.lead", "lea.lead-password"));

        verify(users).signedIn("lea.lead", "Lea Lead", Set.of(Role.LEAD));
    }

    @Test
    void a_wrong_password_an_empty_one_an_unknown_name_and_no_mapped_group_get_the_same_answer() {
        var provider = provider(corp.settings());

        for (var attempt : new String[][] {{"ada.admin", "wrong"}, {"ada.admin", ""}, {"nobody", "x-password"},
                {"una.unmapped", "una.unmapped-password"}, {"nils.nogroup", "nils.nogroup-password"}, {"*", "x"},
                {"ada*", "ada.admin-password"}}) {
            assertThatExceptionOfType(BadCredentialsException.class).as("%s", attempt[0])
                    .isThrownBy(() -> provider.authenticate(attempt(attempt[0], attempt[1])))
                    .withMessage("Bad credentials");
        }
        verify(users, never()).signedIn(anyString(), anyString(), any());
    }

    @Test
    void a_name_a_local_user_owns_is_left_to_the_local_sign_in_without_asking_the_directory() {
        when(users.localAccountOwns("admin")).thenReturn(true);

        assertThat(provider(corp.settings()).authenticate(attempt("admin", "admin-password"))).isNull();
        verify(users, never()).signedIn(anyString(), anyString(), any());
    }

    @Test
    void a_disabled_shadow_user_is_refused_although_the_directory_accepts_the_password() {
        when(users.signedIn(eq("dora.disabled"), anyString(), any())).thenReturn(DirectoryUsers.Outcome.DISABLED);

        assertThatExceptionOfType(DisabledException.class)
                .isThrownBy(() -> provider(corp.settings()).authenticate(attempt("dora.disabled", "dora.disabled-password")));
    }

    @Test
    void a_directory_that_cannot_be_reached_refuses_the_sign_in_without_a_stack_trace_to_the_user() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var settings = new HashMap<>(corp.settings());
        settings.put("tracker.ldap.url", "ldap://127.0.0.1:" + closed);
        settings.put("tracker.ldap.timeout", "2s");

        assertThatExceptionOfType(AuthenticationServiceException.class)
                .isThrownBy(() -> provider(settings).authenticate(attempt("ada.admin", "ada.admin-password")))
                .withMessage("The directory could not check the password");
    }

    @Test
    void over_ldaps_a_certificate_the_jvm_does_not_trust_refuses_the_sign_in(@TempDir Path folder) throws Exception {
        try (var untrusted = CorpDirectory.withUntrustedCertificate(folder.resolve("dc.p12"))) {
            assertThat(untrusted.url()).startsWith("ldaps://localhost:");

            assertThatExceptionOfType(AuthenticationServiceException.class)
                    .isThrownBy(() -> provider(untrusted.settings()).authenticate(attempt("ada.admin", "ada.admin-password")));
        }
        verify(users, never()).signedIn(anyString(), anyString(), any());
    }

    @Test
    void a_wrong_service_account_password_refuses_the_sign_in() {
        var settings = new HashMap<>(corp.settings());
        settings.put("tracker.ldap.bind-password", "not-the-service-password");

        assertThatExceptionOfType(AuthenticationServiceException.class)
                .isThrownBy(() -> provider(settings).authenticate(attempt("ada.admin", "ada.admin-password")));
    }
}
