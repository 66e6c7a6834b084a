package org.migrationtracker.live;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.UiEventually;
import org.migrationtracker.dashboard.ui.DashboardView;
import org.migrationtracker.lookup.ui.LookupView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service event reaches an open screen after commit, bursts arrive coalesced, and a closed screen leaves no
 * subscription behind.
 */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class LiveUpdatesInUiTest extends SpringBrowserlessTest {

    record Announced(String text) {
    }

    @Autowired LiveUpdates live;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    @Test
    void an_event_published_in_a_committed_transaction_updates_an_attached_component() throws Exception {
        var view = navigate(DashboardView.class);
        var label = new Span("nothing yet");
        view.add(label);
        int before = live.subscriberCount();
        live.subscribeWhileAttached(label, Announced.class, announced -> label.setText(announced.getLast().text()));
        assertThat(live.subscriberCount()).isEqualTo(before + 1);

        // published from another thread, as a service call from another user's session would be
        CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
                status -> events.publishEvent(new Announced("batch Finance1 completed")))).get();

        assertThat(eventually(() -> label.getText().equals("batch Finance1 completed"))).isTrue();
    }

    @Test
    void an_event_of_a_rolled_back_transaction_is_not_delivered() throws Exception {
        var view = navigate(DashboardView.class);
        var label = new Span("unchanged");
        view.add(label);
        live.subscribeWhileAttached(label, Announced.class, announced -> label.setText(announced.getLast().text()));

        CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new Announced("should never show"));
            status.setRollbackOnly();
        })).get();

        assertThat(eventually(() -> !label.getText().equals("unchanged"))).isFalse();
    }

    @Test
    void a_burst_of_events_arrives_as_one_coalesced_delivery() throws Exception {
        var view = navigate(DashboardView.class);
        List<Integer> deliveries = new ArrayList<>();
        var label = new Span();
        view.add(label);
        live.subscribeWhileAttached(label, Announced.class, announced -> deliveries.add(announced.size()));

        CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 500; i++) {
                events.publishEvent(new Announced("row " + i));
            }
        }).get();

        assertThat(eventually(() -> deliveries.stream().mapToInt(Integer::intValue).sum() == 500)).isTrue();
        assertThat(deliveries.size()).as("deliveries for 500 events").isLessThanOrEqualTo(3);
    }

    @Test
    void leaving_a_view_removes_its_subscriptions() {
        var view = navigate(DashboardView.class);
        int before = live.subscriberCount();
        var label = new Span();
        view.add(label);
        live.subscribeWhileAttached(label, Announced.class, announced -> label.setText(announced.getLast().text()));
        live.refreshWhileAttached(label, () -> label.setText("refreshed"), Announced.class);
        assertThat(live.subscriberCount()).isEqualTo(before + 2);

        view.remove(label);

        assertThat(live.subscriberCount()).isEqualTo(before);
    }

    @Test
    void a_resync_makes_refreshing_screens_reload() {
        var view = navigate(DashboardView.class);
        var label = new Span("stale");
        view.add(label);
        live.refreshWhileAttached(label, () -> label.setText("reloaded"), Announced.class);

        live.deliver(new LiveResync("test"));

        assertThat(eventually(() -> label.getText().equals("reloaded"))).isTrue();
    }

    private static boolean eventually(BooleanSupplier condition) {
        return UiEventually.eventually(condition);
    }
}
