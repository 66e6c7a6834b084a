package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mailboxes found by address in one statement (bulk targets, the batch file's proxy check): a primary address wins
 * over another mailbox's proxy, and a proxy two mailboxes share names neither, with a message that says so.
 */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class AddressLookupTest {

    @Autowired MailboxEdits edits;
    @Autowired MailboxSearch search;
    @Autowired BatchMailboxes batches;
    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void mailboxes() {
        MailboxTestData.clear(jdbc);
        imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Alias,EmailAddresses
                Anna,anna@contoso.com,anna,SMTP:anna@contoso.com;smtp:team@contoso.com;smtp:a@contoso.com
                Bo,bo@contoso.com,bo,SMTP:bo@contoso.com;smtp:team@contoso.com;smtp:cleo@contoso.com
                Cleo,cleo@contoso.com,cleo,
                """.getBytes(StandardCharsets.UTF_8));
    }

    /** The addresses, padded with unknown ones to take the lookup past its indexed path. */
    private static List<String> many(String... addresses) {
        var all = new ArrayList<>(List.of(addresses));
        IntStream.range(0, DirectoryStore.INDEXED_LOOKUP_LIMIT + 1).forEach(i -> all.add("nobody" + i + "@contoso.com"));
        return all;
    }

    @Test
    void a_bulk_target_by_address_finds_primaries_and_proxies_and_refuses_a_shared_proxy_by_name() {
        for (var addresses : List.of(List.of("TEAM@contoso.com", "a@contoso.com", " cleo@contoso.com", "zed@contoso.com"),
                many("TEAM@contoso.com", "a@contoso.com", " cleo@contoso.com", "zed@contoso.com"))) {
            var result = edits.bulk(new BulkAction.SetFullAccess(!search.findByAddress("anna@contoso.com").orElseThrow()
                    .permissions().fullAccess()), BulkTarget.addresses(addresses));

            assertThat(result.changed()).as("a@ is Anna's proxy, cleo@ Cleo's primary (not Bo's proxy)").isEqualTo(2);
            assertThat(result.refusals()).filteredOn(r -> r.primaryAddress().equals("TEAM@contoso.com"))
                    .singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(Message.of("bulk.address-shared")));
            assertThat(result.refusals()).filteredOn(r -> r.primaryAddress().equals("zed@contoso.com"))
                    .singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(Message.of("bulk.not-in-tracker")));
        }
        assertThat(search.findByAddress("bo@contoso.com").orElseThrow().permissions().fullAccess())
                .as("Bo is named by no address").isFalse();
    }

    @Test
    void the_batch_files_proxy_check_names_proxies_only_when_no_mailbox_has_the_address_as_its_primary() {
        for (var addresses : List.of(List.of("a@contoso.com", "cleo@contoso.com", "team@contoso.com", "anna@contoso.com"),
                many("a@contoso.com", "cleo@contoso.com", "team@contoso.com", "anna@contoso.com"))) {
            assertThat(batches.primaryOfProxies(addresses)).containsExactlyEntriesOf(Map.of("a@contoso.com", "anna@contoso.com"));
        }
    }
}
