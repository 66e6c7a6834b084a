package org.migrationtracker.project;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointDataTest {

    private static EndpointData endpoint(String name, String exchange, String proxy, String account, int concurrent) {
        return new EndpointData(name, EndpointKind.OUTLOOK_ANYWHERE, exchange, proxy, account, concurrent);
    }

    @Test
    void the_guidances_example_values_are_accepted() {
        assertThat(endpoint("Test5-endpoint", "EXCH-SRV-01.corp.contoso.com", "mail.contoso.com", "CONTOSO\\migadmin", 20).problems())
                .isEmpty();
        assertThat(endpoint("Contoso OA", "", "", "migadmin@contoso.com", 300).problems()).isEmpty();
    }

    @Test
    void host_names_accounts_names_and_concurrency_are_checked_and_each_problem_says_what_is_wrong() {
        var problems = endpoint("", "exch srv 01", "https://mail.contoso.com", "just-a-name", 0).problems();

        assertThat(problems).extracting(Message::english).containsExactly(
                " is not a valid endpoint name: use letters, digits, spaces, dots, dashes or underscores (at most 64)",
                "Exchange server (FQDN): exch srv 01 is not a host name such as mail.contoso.com",
                "RPC proxy server (FQDN): https://mail.contoso.com is not a host name such as mail.contoso.com",
                "just-a-name is not an e-mail address or DOMAIN\\user",
                "mailboxes migrated at once must be between 1 and 300");
    }

    @Test
    void an_endpoint_without_a_count_migrates_twenty_mailboxes_at_once_as_the_admin_center_does() {
        assertThat(new EndpointData("OA", null, null, null, null, null).maxConcurrent()).isEqualTo(20);
        assertThat(new EndpointData("OA", null, null, null, null, null).kind()).isEqualTo(EndpointKind.OUTLOOK_ANYWHERE);
    }
}
