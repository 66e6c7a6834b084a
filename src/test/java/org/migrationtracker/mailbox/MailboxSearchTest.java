package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The helpdesk search on PostgreSQL: accents, prefixes, typos, addresses and ranking. */
@IntegrationTest
@WithMockUser(username = "harry", roles = "HELPDESK")
class MailboxSearchTest {

    @Autowired MailboxSearch mailboxes;
    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void people() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Alias,EmailAddresses
                Søren Nielsen,soren.nielsen@contoso.dk,snielsen,SMTP:soren.nielsen@contoso.dk;smtp:sn@contoso.dk
                Soren Olsen,soren.olsen@contoso.dk,solsen,
                Pilar Pinilla,pilarp@contoso.com,pilarp,SMTP:pilarp@contoso.com;smtp:pilar.pinilla@contoso.com
                Élodie Lefèvre,elodie@contoso.fr,elefevre,
                Joost de Vries,joost@contoso.nl,jvries,
                Sorenson Bakery Shared,bakery@contoso.com,bakery,
                """.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names(String query) {
        return mailboxes.search(query, 10).stream().map(m -> m.inventory().displayName()).toList();
    }

    @Test
    void accents_are_ignored_both_ways() {
        assertThat(names("soren")).contains("Søren Nielsen", "Soren Olsen");
        assertThat(names("Søren")).contains("Søren Nielsen", "Soren Olsen");
        assertThat(names("elodie lefevre")).containsExactly("Élodie Lefèvre");
    }

    @Test
    void names_that_start_with_the_query_come_before_those_that_contain_it() {
        assertThat(names("soren").getLast()).isEqualTo("Sorenson Bakery Shared");
    }

    @Test
    void a_typo_still_finds_the_user() {
        assertThat(names("pinila")).first().isEqualTo("Pilar Pinilla");
    }

    @Test
    void an_exact_address_or_alias_is_found_and_ranked_first() {
        assertThat(names("sn@contoso.dk")).first().isEqualTo("Søren Nielsen");
        assertThat(names("pilar.pinilla@contoso.com")).first().isEqualTo("Pilar Pinilla");
        assertThat(names("jvries")).containsExactly("Joost de Vries");
    }

    @Test
    void a_full_address_finds_its_mailbox_alone_whether_primary_or_proxy() {
        assertThat(names("soren.nielsen@contoso.dk")).containsExactly("Søren Nielsen");
        assertThat(names("SN@contoso.dk")).containsExactly("Søren Nielsen");
        assertThat(names("soren.olsen@contoso.dk")).as("not Søren Nielsen too, however near").containsExactly("Soren Olsen");
    }

    @Test
    void an_address_typed_halfway_into_its_domain_finds_the_user_by_the_part_before_the_at() {
        assertThat(names("pilar.pinilla@cont")).first().isEqualTo("Pilar Pinilla");
        assertThat(names("elodie@")).first().isEqualTo("Élodie Lefèvre");
        assertThat(names("@contoso.dk")).as("a domain alone is no one").isEmpty();
    }

    @Test
    void a_single_character_finds_nothing_yet() {
        assertThat(mailboxes.search("s", 10)).isEmpty();
    }

    @Test
    void a_name_more_people_share_than_the_results_show_lists_only_them_in_name_order() {
        var csv = new StringBuilder("DisplayName,PrimarySmtpAddress\r\n");
        for (int i = 12; i >= 1; i--) {
            csv.append("Anders Jensen ").append(i).append(",anders.jensen").append(i).append("@contoso.dk\r\n");
        }
        csv.append("Andersine Jensen,andersine@contoso.dk\r\nJens Andersen,jens.andersen@contoso.dk\r\n");
        MailboxTestData.asAdmin(() -> imports.importInventory("jensens.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(names("anders jensen")).hasSize(10).allMatch(name -> name.startsWith("Anders Jensen "))
                .startsWith("Anders Jensen 1", "Anders Jensen 10", "Anders Jensen 11", "Anders Jensen 12", "Anders Jensen 2");
        assertThat(names("jens andersen")).first().isEqualTo("Jens Andersen");
    }

    @Test
    void a_percent_sign_underscore_or_backslash_in_the_query_matches_itself_in_names_that_start_with_it() {
        MailboxTestData.asAdmin(() -> imports.importInventory("odd.csv", """
                DisplayName,PrimarySmtpAddress
                50% Club,club50@contoso.com
                500 Club,club500@contoso.com
                a_b Team,ab@contoso.com
                axb Team,axb@contoso.com
                C:\\Shares,shares@contoso.com
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(startingWith("50%")).containsExactly("50% Club");
        assertThat(startingWith("50")).containsExactly("50% Club", "500 Club");
        assertThat(startingWith("a_b")).containsExactly("a_b Team");
        assertThat(startingWith("c:\\")).containsExactly("C:\\Shares");
        assertThat(names("50%")).first().isEqualTo("50% Club");
    }

    private List<String> startingWith(String query) {
        return jdbc.query(MailboxStore.SEARCH_PREFIX, MailboxStore.ROW, query, 10).stream()
                .map(m -> m.inventory().displayName()).toList();
    }
}
