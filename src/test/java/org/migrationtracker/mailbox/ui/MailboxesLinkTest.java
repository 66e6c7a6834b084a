package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.ReadinessReason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Links to the mailbox grid, read back the way the grid reads the address; no Spring, no UI. */
class MailboxesLinkTest {

    private static MailboxesLink followed(MailboxesLink link) {
        String href = link.href();
        assertThat(href).startsWith(MailboxesLink.ROUTE);
        String query = href.contains("?") ? href.substring(href.indexOf('?') + 1) : "";
        return MailboxesLink.from(QueryParameters.fromString(query));
    }

    @Test
    void every_link_comes_back_as_the_same_filters_after_its_address() {
        var links = new ArrayList<MailboxesLink>();
        Arrays.stream(ReadinessReason.values()).map(MailboxesLink::blockedBy).forEach(links::add);
        links.addAll(List.of(MailboxesLink.inBatch("Finance1"), MailboxesLink.inBatch("Wave 2 & more/#1"),
                MailboxesLink.searching("anna@contoso.com"), MailboxesLink.searching("Ærø ø=1?"),
                new MailboxesLink(ReadinessReason.UM_STILL_ENABLED, true, "Pilot", "x"),
                new MailboxesLink(null, null, null, null)));

        for (var link : links) {
            assertThat(followed(link)).as(link.href()).isEqualTo(link);
        }
    }

    @Test
    void the_dashboards_blocker_link_and_the_batch_link_keep_their_addresses() {
        assertThat(MailboxesLink.blockedBy(ReadinessReason.NO_MAILBOX_ACCESS).href())
                .isEqualTo("mailboxes?reason=NO_MAILBOX_ACCESS&ready=false");
        assertThat(MailboxesLink.inBatch("Finance1").href()).isEqualTo("mailboxes?batch=Finance1");
        assertThat(MailboxesLink.inBatch("Wave 2").href()).as("encoded, not broken by a space").isEqualTo("mailboxes?batch=Wave%202");
        assertThat(new MailboxesLink(null, null, null, null).href()).isEqualTo("mailboxes");
    }

    @Test
    void an_edited_address_sets_only_what_it_names_correctly() {
        var link = MailboxesLink.from(QueryParameters.fromString("reason=NO_SUCH_REASON&ready=maybe&page=3"));

        assertThat(link.reason()).as("an unknown reason sets no reason").isNull();
        assertThat(link.ready()).as("anything but true is not ready, as before").isFalse();
        assertThat(link.batch()).isNull();
        assertThat(link.text()).isNull();
        assertThat(MailboxesLink.from(QueryParameters.empty())).isEqualTo(new MailboxesLink(null, null, null, null));
    }
}
