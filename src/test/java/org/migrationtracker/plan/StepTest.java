package org.migrationtracker.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationtracker.project.MigrationMethod;

import java.util.Arrays;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.plan.Step.*;
import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.IMAP;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/** DOMAIN.md §3, method by method: which steps the checklist holds, in the seeds' order, and which are optional. */
class StepTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # cutover (001): Outlook Anywhere, security groups first, directory synchronisation off
            CUTOVER, TELL_USERS VERIFY_DOMAIN OUTLOOK_ANYWHERE TEST_CONNECTIVITY GRANT_PERMISSIONS DISABLE_UM SECURITY_GROUPS DIRSYNC_OFF CREATE_ENDPOINT LOWER_MX_TTL MIGRATE_MAILBOXES ASSIGN_LICENCES MX_SWITCH WAIT_72H REMOVE_BATCHES AUTODISCOVER RAISE_MX_TTL WELCOME_LETTER DECOMMISSION
            # staged (002): users from directory synchronisation, mailboxes converted to mail users before MX and removal
            STAGED,  TELL_USERS VERIFY_DOMAIN OUTLOOK_ANYWHERE TEST_CONNECTIVITY GRANT_PERMISSIONS DISABLE_UM DIRSYNC_USERS CREATE_ENDPOINT LOWER_MX_TTL MIGRATE_MAILBOXES CONVERT_MAIL_USERS ASSIGN_LICENCES MX_SWITCH WAIT_72H REMOVE_BATCHES AUTODISCOVER RAISE_MX_TTL WELCOME_LETTER DECOMMISSION
            # hybrid (004): a hybrid server instead of Outlook Anywhere, directory synchronisation
            HYBRID,  TELL_USERS VERIFY_DOMAIN HYBRID_SERVER TEST_CONNECTIVITY GRANT_PERMISSIONS DISABLE_UM DIRSYNC_USERS CREATE_ENDPOINT LOWER_MX_TTL MIGRATE_MAILBOXES ASSIGN_LICENCES MX_SWITCH WAIT_72H REMOVE_BATCHES AUTODISCOVER RAISE_MX_TTL WELCOME_LETTER DECOMMISSION
            # IMAP: mail contents only, into cloud mailboxes created first; no Exchange permissions or UM; its source need not be Exchange, so no Exchange servers to decommission
            IMAP,    TELL_USERS VERIFY_DOMAIN CLOUD_USERS CREATE_ENDPOINT LOWER_MX_TTL MIGRATE_MAILBOXES ASSIGN_LICENCES MX_SWITCH WAIT_72H REMOVE_BATCHES AUTODISCOVER RAISE_MX_TTL WELCOME_LETTER
            """, commentCharacter = '#')
    void each_method_has_exactly_its_steps_in_the_seeds_order(MigrationMethod method, String steps) {
        assertThat(Step.of(method)).containsExactlyElementsOf(Arrays.stream(steps.split(" ")).map(Step::valueOf).toList());
    }

    @ParameterizedTest
    @EnumSource(MigrationMethod.class)
    void lowering_and_raising_the_mx_ttl_are_optional_for_every_method(MigrationMethod method) {
        assertThat(LOWER_MX_TTL.optionalFor(method)).isTrue();
        assertThat(RAISE_MX_TTL.optionalFor(method)).isTrue();
    }

    @Test
    void the_mx_switch_and_its_72_hours_are_optional_only_for_hybrid() {
        assertThat(Arrays.stream(MigrationMethod.values()).filter(MX_SWITCH::optionalFor)).containsExactly(HYBRID);
        assertThat(Arrays.stream(MigrationMethod.values()).filter(WAIT_72H::optionalFor)).containsExactly(HYBRID);
    }

    @Test
    void testing_connectivity_is_optional_and_the_other_steps_are_required() {
        for (var method : MigrationMethod.values()) {
            assertThat(Step.of(method).stream().filter(step -> step.optionalFor(method)))
                    .as("optional steps for %s", method)
                    .containsExactlyElementsOf(Step.of(method).stream()
                            .filter(step -> step == TEST_CONNECTIVITY || step == LOWER_MX_TTL || step == RAISE_MX_TTL
                                    || method == HYBRID && (step == MX_SWITCH || step == WAIT_72H))
                            .toList());
        }
    }

    @Test
    void security_groups_and_directory_sync_off_belong_to_cutover_only() {
        assertThat(Arrays.stream(MigrationMethod.values()).filter(SECURITY_GROUPS::appliesTo)).containsExactly(CUTOVER);
        assertThat(Arrays.stream(MigrationMethod.values()).filter(DIRSYNC_OFF::appliesTo)).containsExactly(CUTOVER);
    }

    @Test
    void converting_to_mail_users_belongs_to_staged_only() {
        assertThat(Arrays.stream(MigrationMethod.values()).filter(CONVERT_MAIL_USERS::appliesTo)).containsExactly(STAGED);
    }

    @Test
    void users_from_directory_sync_are_for_staged_and_hybrid_and_cloud_users_for_imap() {
        assertThat(Arrays.stream(MigrationMethod.values()).filter(DIRSYNC_USERS::appliesTo)).containsExactly(STAGED, HYBRID);
        assertThat(Arrays.stream(MigrationMethod.values()).filter(CLOUD_USERS::appliesTo)).containsExactly(IMAP);
        assertThat(Arrays.stream(MigrationMethod.values()).filter(HYBRID_SERVER::appliesTo)).containsExactly(HYBRID);
        assertThat(Arrays.stream(MigrationMethod.values()).filter(OUTLOOK_ANYWHERE::appliesTo)).containsExactly(CUTOVER, STAGED);
    }

    @Test
    void the_steps_carry_the_values_section_3_names() {
        assertThat(VERIFY_DOMAIN.fields()).containsExactly(StepField.DOMAIN, StepField.TXT_ADDED_AT);
        assertThat(OUTLOOK_ANYWHERE.fields()).containsExactly(StepField.EXCHANGE_SERVER, StepField.RPC_PROXY_SERVER,
                StepField.TRUSTED_CERTIFICATE);
        assertThat(LOWER_MX_TTL.fields()).containsExactly(StepField.MX_TTL_SECONDS);
        assertThat(MX_SWITCH.fields()).containsExactly(StepField.MX_SWITCHED_AT);
        assertThat(AUTODISCOVER.fields()).containsExactly(StepField.AUTODISCOVER_HOST, StepField.AUTODISCOVER_TARGET);
        assertThat(TELL_USERS.fields()).isEmpty();
    }

    @Test
    void the_phases_follow_section_3_in_order() {
        var phases = Arrays.stream(Step.values()).map(Step::phase).toList();
        assertThat(phases).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(MX_SWITCH.phase()).isEqualTo(Phase.MAIL_FLOW);
        // 001's overview: licences (its step 5) before the MX change (step 6)
        assertThat(ASSIGN_LICENCES.phase()).isEqualTo(Phase.MIGRATION);
        assertThat(ASSIGN_LICENCES.ordinal()).isLessThan(MX_SWITCH.ordinal());
    }
}
