package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailUserConversionTest {

    @Test
    void the_mailboxs_own_onmicrosoft_address_is_the_target_whatever_the_routing_domain() {
        assertThat(MailUserConversion.targetAddress("pilar@contoso.com", List.of("pp@contoso.com", "pilar@contoso.mail.onmicrosoft.com"), ""))
                .isEqualTo("pilar@contoso.mail.onmicrosoft.com");
        assertThat(MailUserConversion.targetAddress("pilar@contoso.com", List.of("pilar@contoso.mail.onmicrosoft.com"), "fabrikam.mail.onmicrosoft.com"))
                .isEqualTo("pilar@contoso.mail.onmicrosoft.com");
    }

    @Test
    void of_several_tenant_addresses_the_one_in_the_routing_domain_wins_then_a_mail_onmicrosoft_one() {
        var proxies = List.of("pilar@contoso.onmicrosoft.com", "pilar@contoso.mail.onmicrosoft.com", "p2@contoso.mail.onmicrosoft.com");

        assertThat(MailUserConversion.targetAddress("pilar@contoso.com", proxies, "contoso.onmicrosoft.com"))
                .isEqualTo("pilar@contoso.onmicrosoft.com");
        assertThat(MailUserConversion.targetAddress("pilar@contoso.com", proxies, "")).isEqualTo("pilar@contoso.mail.onmicrosoft.com");
    }

    @Test
    void without_a_tenant_address_the_target_is_the_primary_local_part_at_the_routing_domain() {
        assertThat(MailUserConversion.targetAddress("o'brien@contoso.com", List.of("ob@contoso.com"), "Contoso.Mail.OnMicrosoft.com"))
                .isEqualTo("o'brien@contoso.mail.onmicrosoft.com");
    }

    @Test
    void without_a_tenant_address_and_without_a_routing_domain_there_is_no_target() {
        var conversion = MailUserConversion.of(1, "pilar@contoso.com", "Pilar", List.of("pp@contoso.com"), List.of(), " ");

        assertThat(conversion.targetAddress()).isNull();
        assertThat(conversion.hasTarget()).isFalse();
    }

    @Test
    void the_mail_user_keeps_the_primary_every_other_smtp_address_and_every_x500_address_each_with_its_prefix() {
        var conversion = MailUserConversion.of(1, "pilar@contoso.com", "Pilar",
                List.of("pilar@contoso.com", "pp@contoso.com", "pilar@contoso.mail.onmicrosoft.com"),
                List.of("X500:/o=Contoso/cn=Recipients/cn=pilar"), "");

        assertThat(conversion.emailAddresses()).containsExactly("SMTP:pilar@contoso.com", "smtp:pp@contoso.com",
                "smtp:pilar@contoso.mail.onmicrosoft.com", "X500:/o=Contoso/cn=Recipients/cn=pilar");
        assertThat(conversion.addressesToAdd()).doesNotContain("smtp:pilar@contoso.com");
    }

    @Test
    void addresses_missing_from_a_mail_user_are_named_and_case_does_not_count() {
        var conversion = MailUserConversion.of(1, "pilar@contoso.com", "Pilar", List.of("pp@contoso.com", "p3@contoso.com"),
                List.of("X500:/o=Contoso/cn=Recipients/cn=Pilar", "X500:/o=Old/cn=pilar"), "");

        var missing = conversion.missingFrom(List.of("pilar@contoso.com", "pp@contoso.com"), List.of("X500:/O=CONTOSO/CN=RECIPIENTS/CN=PILAR"));

        assertThat(missing).containsExactly("smtp:p3@contoso.com", "X500:/o=Old/cn=pilar");
    }
}
