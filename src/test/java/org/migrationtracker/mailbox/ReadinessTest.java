package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.project.MigrationMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.mailbox.ReadinessReason.NO_MAILBOX_ACCESS;
import static org.migrationtracker.mailbox.ReadinessReason.NO_WRITE_PROPERTY;
import static org.migrationtracker.mailbox.ReadinessReason.UM_STILL_ENABLED;

class ReadinessTest {

    private static Readiness.Facts facts(boolean um, boolean fullAccess, boolean receiveAs, boolean writeProperty) {
        return new Readiness.Facts(um, fullAccess, receiveAs, writeProperty);
    }

    @Test
    void cutover_mailbox_with_full_access_and_um_disabled_is_ready() {
        var readiness = Readiness.of(facts(false, true, false, false), MigrationMethod.CUTOVER);

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.reasons()).isEmpty();
    }

    @Test
    void receive_as_on_the_database_replaces_full_access() {
        assertThat(Readiness.of(facts(false, false, true, false), MigrationMethod.CUTOVER).ready()).isTrue();
    }

    @Test
    void mailbox_without_full_access_and_without_receive_as_is_not_ready() {
        var readiness = Readiness.of(facts(false, false, false, true), MigrationMethod.STAGED);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.reasons()).containsExactly(NO_MAILBOX_ACCESS);
        assertThat(NO_MAILBOX_ACCESS.message("DB02").english()).isEqualTo("no FullAccess and no Receive As on database DB02");
    }

    @Test
    void mailbox_with_um_still_enabled_is_not_ready() {
        var readiness = Readiness.of(facts(true, true, false, false), MigrationMethod.CUTOVER);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.reasons()).containsExactly(UM_STILL_ENABLED);
        assertThat(UM_STILL_ENABLED.message("DB01").english()).isEqualTo("UM still enabled");
    }

    @Test
    void staged_also_requires_write_property_on_target_address() {
        var readiness = Readiness.of(facts(false, true, false, false), MigrationMethod.STAGED);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.reasons()).containsExactly(NO_WRITE_PROPERTY);
        assertThat(NO_WRITE_PROPERTY.message("").english()).isEqualTo("WriteProperty on TargetAddress missing (required for staged)");
    }

    @Test
    void cutover_does_not_require_write_property() {
        assertThat(Readiness.of(facts(false, true, false, false), MigrationMethod.CUTOVER).reasons())
                .doesNotContain(NO_WRITE_PROPERTY);
    }

    @Test
    void every_reason_is_listed_at_once() {
        var readiness = Readiness.of(facts(true, false, false, false), MigrationMethod.STAGED);

        assertThat(readiness.reasons()).containsExactly(NO_MAILBOX_ACCESS, UM_STILL_ENABLED, NO_WRITE_PROPERTY);
    }

    @Test
    void hybrid_records_the_same_checks_as_warnings_without_blocking() {
        var readiness = Readiness.of(facts(true, false, false, false), MigrationMethod.HYBRID);

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.reasons()).containsExactly(NO_MAILBOX_ACCESS, UM_STILL_ENABLED, NO_WRITE_PROPERTY);
    }

    @Test
    void imap_needs_none_of_the_admin_permissions() {
        var readiness = Readiness.of(facts(true, false, false, false), MigrationMethod.IMAP);

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.reasons()).isEmpty();
    }
}
