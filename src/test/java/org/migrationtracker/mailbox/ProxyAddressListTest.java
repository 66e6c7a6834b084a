package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyAddressListTest {

    private static final String LEGACY = "/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=tobyn";

    @Test
    void a_space_separated_powershell_value_keeps_an_x500_address_with_its_spaces_whole() {
        var parsed = ProxyAddressList.parse("SMTP:TobyN@contoso.com smtp:toby.nixon@contoso.com X500:" + LEGACY
                + " smtp:tn@contoso.mail.onmicrosoft.com");

        assertThat(parsed.smtp()).containsExactly("tobyn@contoso.com", "toby.nixon@contoso.com", "tn@contoso.mail.onmicrosoft.com");
        assertThat(parsed.x500()).containsExactly("X500:" + LEGACY);
    }

    @Test
    void a_semicolon_separated_value_keeps_x500_exactly_as_written_with_the_prefix_normalised() {
        var parsed = ProxyAddressList.parse("SMTP:a@contoso.com;x500:/o=Contoso/ou=Exchange Administrative Group"
                + " (FYDIBOHF23SPDLT)/cn=Recipients/cn=Smith, John;smtp:b@contoso.com");

        assertThat(parsed.x500()).containsExactly(
                "X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=Smith, John");
        assertThat(parsed.smtp()).containsExactly("a@contoso.com", "b@contoso.com");
    }

    @Test
    void x500_addresses_keep_their_case_and_are_listed_once_whatever_their_case() {
        var parsed = ProxyAddressList.parse("X500:/o=Contoso/cn=Recipients/cn=Pilar;X500:/O=CONTOSO/CN=RECIPIENTS/CN=PILAR;"
                + "X500:/o=Contoso/cn=Recipients/cn=pilarp2");

        assertThat(parsed.x500()).containsExactly("X500:/o=Contoso/cn=Recipients/cn=Pilar", "X500:/o=Contoso/cn=Recipients/cn=pilarp2");
    }

    @Test
    void sip_x400_and_empty_entries_are_left_out_and_bare_addresses_count_as_smtp() {
        var parsed = ProxyAddressList.parse("{SMTP:a@contoso.com, sip:a@contoso.com, X400:c=US;a= ;p=Contoso;o=Exchange;s=A;, "
                + "b@contoso.com, X500:}");

        assertThat(parsed.smtp()).containsExactly("a@contoso.com", "b@contoso.com");
        assertThat(parsed.x500()).isEmpty();
    }

    @Test
    void an_empty_value_has_no_addresses() {
        assertThat(ProxyAddressList.parse("  ")).isEqualTo(new ProxyAddressList(List.of(), List.of()));
    }
}
