package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each readiness reason's Exchange Management Shell fix, as the admin pastes it. */
class ReadinessFixCommandTest {

    @Test
    void each_reason_names_the_permission_or_setting_that_removes_it() {
        assertThat(ReadinessReason.NO_MAILBOX_ACCESS.fixCommand("pilarp@contoso.com", "CONTOSO\\migadmin"))
                .isEqualTo("Add-MailboxPermission -Identity 'pilarp@contoso.com' -User 'CONTOSO\\migadmin' -AccessRights FullAccess -InheritanceType All");
        assertThat(ReadinessReason.NO_WRITE_PROPERTY.fixCommand("pilarp@contoso.com", "migadmin@contoso.com"))
                .isEqualTo("Get-Mailbox -Identity 'pilarp@contoso.com' | Add-ADPermission -User 'migadmin@contoso.com' -AccessRights WriteProperty -Properties TargetAddress");
        assertThat(ReadinessReason.UM_STILL_ENABLED.fixCommand("pilarp@contoso.com", "CONTOSO\\migadmin"))
                .isEqualTo("Disable-UMMailbox -Identity 'pilarp@contoso.com' -Confirm:$false");
    }

    @Test
    void receive_as_on_the_database_is_offered_only_for_missing_mailbox_access_and_a_known_database() {
        assertThat(ReadinessReason.NO_MAILBOX_ACCESS.databaseFixCommand("DB02", "CONTOSO\\migadmin"))
                .contains("Get-MailboxDatabase -Identity 'DB02' | Add-ADPermission -User 'CONTOSO\\migadmin' -ExtendedRights Receive-As");
        assertThat(ReadinessReason.NO_MAILBOX_ACCESS.databaseFixCommand("", "CONTOSO\\migadmin")).isEmpty();
        assertThat(ReadinessReason.UM_STILL_ENABLED.databaseFixCommand("DB02", "CONTOSO\\migadmin")).isEmpty();
    }

    @Test
    void a_quote_in_an_address_cannot_end_the_powershell_string() {
        assertThat(ReadinessReason.UM_STILL_ENABLED.fixCommand("o'brien@contoso.com", "CONTOSO\\migadmin"))
                .isEqualTo("Disable-UMMailbox -Identity 'o''brien@contoso.com' -Confirm:$false");
    }
}
