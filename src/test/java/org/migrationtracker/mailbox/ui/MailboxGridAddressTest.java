package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ReadinessReason;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid's whole filter in its address and back; no Spring, no UI. */
class MailboxGridAddressTest {

    private static MailboxFilter followed(MailboxFilter filter) {
        return MailboxGridAddress.filter(QueryParameters.fromString(MailboxGridAddress.of(filter).getQueryString()));
    }

    @Test
    void every_filter_comes_back_from_its_address() {
        var full = new MailboxFilter(EnumSet.of(MailboxState.FAILED, MailboxState.IN_BATCH), false,
                ReadinessReason.UM_STILL_ENABLED, "Sales & Marketing", "DB 01", true, false, true, "Ærø ø=1?", "Wave 2");

        assertThat(followed(full)).isEqualTo(full);
        assertThat(followed(MailboxFilter.all())).isEqualTo(MailboxFilter.all());
        assertThat(MailboxGridAddress.of(MailboxFilter.all()).getQueryString()).isEmpty();
    }

    @Test
    void the_links_of_other_screens_are_read_as_before() {
        var blocked = MailboxGridAddress.filter(MailboxesLink.blockedBy(ReadinessReason.NO_MAILBOX_ACCESS).queryParameters());

        assertThat(blocked).isEqualTo(new MailboxFilter(Set.of(), false, ReadinessReason.NO_MAILBOX_ACCESS, null, null, null,
                null, null, null, null));
    }

    @Test
    void an_edited_address_sets_only_what_it_names_correctly() {
        var filter = MailboxGridAddress.filter(QueryParameters.fromString("state=SYNCING,NO_SUCH&um=maybe&fullaccess=false"));

        assertThat(filter.states()).isEqualTo(Set.of(MailboxState.SYNCING));
        assertThat(filter.umEnabled()).isNull();
        assertThat(filter.fullAccess()).isFalse();
    }
}
