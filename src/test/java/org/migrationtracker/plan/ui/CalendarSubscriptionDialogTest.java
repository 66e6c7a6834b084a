package org.migrationtracker.plan.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.plan.CalendarExport;
import org.migrationtracker.plan.CalendarSubscriptions;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialog a plan screen opens: a renewed URL is shown once, works, and the one before it stops working. */
@IntegrationTest
@WithMockUser(username = "api-lead", roles = "LEAD")
class CalendarSubscriptionDialogTest extends SpringBrowserlessTest {

    @Autowired CalendarSubscriptions subscriptions;
    @Autowired CalendarExport export;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void aLeadWithoutSubscription() {
        ApiCalls.ensureUsers(users, jdbc);
        jdbc.update("delete from calendar_subscription where username = 'api-lead'");
    }

    @AfterEach
    void removeSubscription() {
        jdbc.update("delete from calendar_subscription where username = 'api-lead'");
    }

    private static String token(CalendarSubscriptionDialog dialog) {
        return CalendarSubscriptions.token(dialog.url.getValue()).orElseThrow();
    }

    @Test
    void renewing_shows_a_url_that_works_while_the_one_before_it_is_refused() {
        new CalendarSubscriptionDialog(subscriptions, export).open();
        var dialog = find(CalendarSubscriptionDialog.class).single();
        assertThat(dialog.url.isVisible()).isFalse();
        assertThat(dialog.renew.getText()).isEqualTo("Make a subscription URL");
        assertThat(dialog.state.getText()).isEqualTo("You have no subscription URL yet.");

        test(dialog.renew).click();
        String first = token(dialog);
        assertThat(dialog.url.isVisible()).isTrue();
        assertThat(dialog.url.isReadOnly()).isTrue();
        assertThat(dialog.url.getValue()).endsWith("/calendar/" + first + ".ics");
        assertThat(dialog.renew.getText()).isEqualTo("Renew the URL");
        assertThat(dialog.webcal.getHref()).startsWith("webcal://").endsWith("/calendar/" + first + ".ics");
        assertThat(new String(subscriptions.calendar(first).orElseThrow(), StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");

        test(dialog.renew).click();
        String second = token(dialog);
        assertThat(second).isNotEqualTo(first);
        assertThat(subscriptions.calendar(first)).isEmpty();
        assertThat(subscriptions.calendar(second)).isPresent();
    }

    @Test
    void a_subscription_made_earlier_is_not_shown_again_and_ending_it_stops_its_url() {
        String earlier = CalendarSubscriptions.token(subscriptions.renew()).orElseThrow();
        new CalendarSubscriptionDialog(subscriptions, export).open();
        var dialog = find(CalendarSubscriptionDialog.class).single();

        assertThat(dialog.url.isVisible()).isFalse();
        assertThat(dialog.state.getText()).startsWith("You have a subscription URL. It is shown only when it is made");

        test(dialog.revoke).click();

        assertThat(subscriptions.calendar(earlier)).isEmpty();
        assertThat(dialog.state.getText()).isEqualTo("The subscription has ended: its URL no longer works.");
        assertThat(dialog.revoke.isEnabled()).isFalse();
        assertThat(dialog.download.getHref()).isNotBlank();
    }
}
