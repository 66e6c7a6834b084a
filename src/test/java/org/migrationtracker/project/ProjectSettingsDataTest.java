package org.migrationtracker.project;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectSettingsDataTest {

    private static ProjectSettingsData withRoutingDomain(String routingDomain) {
        return new ProjectSettingsData("Contoso", List.of("contoso.com"), SourceVersion.EXCHANGE_2007, MigrationMethod.STAGED,
                true, false, "migadmin", routingDomain);
    }

    @Test
    void a_tenant_domain_ending_in_onmicrosoft_com_is_a_routing_domain_and_so_is_none() {
        assertThat(withRoutingDomain("contoso.mail.onmicrosoft.com").problems()).isEmpty();
        assertThat(withRoutingDomain(" Contoso.onmicrosoft.com ").problems()).isEmpty();
        assertThat(withRoutingDomain("").problems()).isEmpty();
    }

    @Test
    void a_domain_outside_the_tenant_or_a_bare_onmicrosoft_com_is_refused_with_the_value() {
        assertThat(withRoutingDomain("contoso.com").problems()).extracting(Message::english)
                .containsExactly("'contoso.com' is not a Microsoft 365 routing domain (e.g. contoso.mail.onmicrosoft.com)");
        assertThat(withRoutingDomain("onmicrosoft.com").problems()).hasSize(1);
        assertThat(withRoutingDomain("mail.onmicrosoft.com").problems()).hasSize(1);
        assertThat(withRoutingDomain("contoso .mail.onmicrosoft.com").problems()).hasSize(1);
    }

    @Test
    void a_request_without_a_routing_domain_means_none() {
        assertThat(withRoutingDomain(null).routingDomain()).isEmpty();
    }
}
