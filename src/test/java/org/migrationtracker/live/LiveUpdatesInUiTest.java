package org.migrationtracker.live;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.dashboard.ui.DashboardView;
import org.migrationtracker.lookup.ui.LookupView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A service event reaches an open screen after commit, and a closed screen leaves no subscription behind. */
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
        live.subscribeWhileAttached(label, Announced.class, event -> label.setText(event.text()));
        assertThat(live.subscriberCount()).isEqualTo(before + 1);

        // published from another thread, as a service call from another user's session would be
        CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
                status -> events.publishEvent(new Announced("batch Finance1 completed")))).get();
        runPendingAccessTasks();

        assertThat(label.getText()).isEqualTo("batch Finance1 completed");
    }

    @Test
    void an_event_of_a_rolled_back_transaction_is_not_delivered() throws Exception {
        var view = navigate(DashboardView.class);
        var label = new Span("unchanged");
        view.add(label);
        live.subscribeWhileAttached(label, Announced.class, event -> label.setText(event.text()));

        CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new Announced("should never show"));
            status.setRollbackOnly();
        })).get();
        runPendingAccessTasks();

        assertThat(label.getText()).isEqualTo("unchanged");
    }

    @Test
    void leaving_a_view_removes_its_subscriptions() {
        int before = live.subscriberCount();
        var view = navigate(DashboardView.class);
        var label = new Span();
        view.add(label);
        live.subscribeWhileAttached(label, Announced.class, event -> label.setText(event.text()));
        assertThat(live.subscriberCount()).isEqualTo(before + 1);

        navigate(LookupView.class);

        assertThat(live.subscriberCount()).isEqualTo(before);
    }

    private static void runPendingAccessTasks() {
        var session = UI.getCurrent().getSession();
        session.getService().runPendingAccessTasks(session);
    }
}
