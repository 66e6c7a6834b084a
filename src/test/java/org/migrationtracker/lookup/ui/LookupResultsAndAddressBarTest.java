package org.migrationtracker.lookup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The helpdesk's results tell same-named people apart, a full address finds one user, and the address bar follows. */
@IntegrationTest
@WithMockUser(username = "harry", roles = "HELPDESK")
class LookupResultsAndAddressBarTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired JdbcTemplate jdbc;

    /** Two Anna Jensens: one in Finance, not ready; one in Sales, ready; and Annabel, whose proxy is anna@contoso.com. */
    @BeforeEach
    void twoAnnas() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("people.csv", """
                    DisplayName,PrimarySmtpAddress,Alias,Department,EmailAddresses
                    Anna Jensen,anna.jensen@contoso.dk,ajensen,Finance,SMTP:anna.jensen@contoso.dk
                    Anna Jensen,anna.m.jensen@contoso.dk,amjensen,Sales,SMTP:anna.m.jensen@contoso.dk;smtp:amj@contoso.dk
                    Annabel Jensen,annabel@contoso.dk,annabel,Sales,SMTP:annabel@contoso.dk;smtp:anna@contoso.dk
                    """.getBytes(StandardCharsets.UTF_8));
            var sales = BulkTarget.addresses(List.of("anna.m.jensen@contoso.dk"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), sales);
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), sales);
        });
    }

    private List<String> resultRows() {
        return find(RouterLink.class).all().stream().filter(link -> link.hasClassName("lookup-result"))
                .map(link -> link.getElement().getTextRecursively()).toList();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void two_people_with_the_same_name_are_told_apart_by_address_department_and_state() {
        var view = navigate(LookupView.class);

        test(view.search).setValue("anna jensen");

        assertThat(resultRows()).contains("Anna Jensenanna.jensen@contoso.dkFinanceNot ready",
                "Anna Jensenanna.m.jensen@contoso.dkSalesReady");
        assertThat(view.cardText()).as("two matches: no card chosen for the caller").isEmpty();
    }

    @Test
    void a_full_primary_address_shows_that_mailbox_first_and_alone() {
        var view = navigate(LookupView.class);

        test(view.search).setValue("Anna.Jensen@contoso.dk");

        assertThat(resultRows()).singleElement().asString().startsWith("Anna Jensenanna.jensen@contoso.dkFinance");
        assertThat(view.cardText()).contains("Anna Jensen", "anna.jensen@contoso.dk · Finance");
    }

    @Test
    void a_full_proxy_address_shows_its_mailbox_alone() {
        var view = navigate(LookupView.class);

        test(view.search).setValue("anna@contoso.dk");

        assertThat(resultRows()).singleElement().asString().startsWith("Annabel Jensenannabel@contoso.dk");
    }

    @Test
    void choosing_a_result_puts_the_users_address_in_the_address_bar() {
        var view = navigate(LookupView.class);
        test(view.search).setValue("anna jensen");

        var sales = find(RouterLink.class).all().stream()
                .filter(link -> link.getElement().getTextRecursively().contains("anna.m.jensen@contoso.dk")).findFirst().orElseThrow();
        test(sales).click();

        assertThat(location()).isEqualTo("lookup/anna.m.jensen@contoso.dk?q=anna%20jensen");
        var card = (LookupView) getCurrentView();
        assertThat(card.cardText()).contains("anna.m.jensen@contoso.dk · Sales");
        assertThat(card.resultsText()).as("the card has the first screen to itself").isEmpty();
        assertThat(card.search.getValue()).isEqualTo("anna jensen");
    }

    @Test
    void back_from_a_card_lists_the_results_of_the_same_search_again() {
        UI.getCurrent().navigate(LookupView.class, "anna.m.jensen@contoso.dk", QueryParameters.of("q", "anna jensen"));

        UI.getCurrent().navigate("lookup", QueryParameters.of("q", "anna jensen"));

        var view = (LookupView) getCurrentView();

        assertThat(view.search.getValue()).isEqualTo("anna jensen");
        assertThat(resultRows()).hasSize(3);
        assertThat(view.cardText()).isEmpty();
    }

    @Test
    void opening_lookup_with_an_address_shows_that_users_card() {
        var view = navigate("lookup/anna.jensen@contoso.dk", LookupView.class);

        assertThat(view.cardText()).contains("Anna Jensen", "anna.jensen@contoso.dk · Finance", "What the user must do");
        assertThat(view.search.getValue()).isEqualTo("anna.jensen@contoso.dk");
    }

    @Test
    void a_link_to_an_address_the_tracker_does_not_hold_says_so() {
        var view = navigate("lookup/nobody@contoso.dk", LookupView.class);

        assertThat(view.cardText()).contains("No user matches 'nobody@contoso.dk'.",
                "No mailbox with the address nobody@contoso.dk is in the tracker.");
    }
}
