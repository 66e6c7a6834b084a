package org.migrationtracker.live;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiveUpdatesTest {

    record Renamed(String name) {
    }

    record Deleted(long id) {
    }

    private final LiveUpdates live = LiveUpdates.immediate();

    @Test
    void a_subscriber_receives_events_of_its_type_only() {
        List<String> received = new ArrayList<>();
        live.subscribe(Renamed.class, Runnable::run, event -> received.add(event.name()));

        live.deliver(new Renamed("Finance1"));
        live.deliver(new Deleted(7));
        live.deliver("an unrelated event");

        assertThat(received).containsExactly("Finance1");
    }

    @Test
    void every_subscriber_receives_the_event() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        live.subscribe(Renamed.class, Runnable::run, event -> first.add(event.name()));
        live.subscribe(Renamed.class, Runnable::run, event -> second.add(event.name()));

        live.deliver(new Renamed("HR2"));

        assertThat(first).containsExactly("HR2");
        assertThat(second).containsExactly("HR2");
    }

    @Test
    void a_removed_subscription_receives_nothing_and_is_no_longer_counted() {
        List<String> received = new ArrayList<>();
        var registration = live.subscribe(Renamed.class, Runnable::run, event -> received.add(event.name()));
        assertThat(live.subscriberCount()).isEqualTo(1);

        registration.remove();
        live.deliver(new Renamed("Sales3"));

        assertThat(received).isEmpty();
        assertThat(live.subscriberCount()).isZero();
    }

    @Test
    void a_failing_subscriber_does_not_keep_the_event_from_the_others() {
        List<String> received = new ArrayList<>();
        live.subscribe(Renamed.class, command -> {
            throw new IllegalStateException("UI closed");
        }, event -> {
        });
        live.subscribe(Renamed.class, Runnable::run, event -> received.add(event.name()));

        live.deliver(new Renamed("IT4"));

        assertThat(received).containsExactly("IT4");
    }
}
