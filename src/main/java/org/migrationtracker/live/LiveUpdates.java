package org.migrationtracker.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Hands application events to the open screens that subscribed to them. Events published inside a transaction
 * arrive only after it commits (never for a rollback); events published outside one arrive at once; events of
 * other instances arrive through {@link PgEventRelay}.
 * <p>
 * A screen subscribes with {@link #subscribeWhileAttached} or {@link #refreshWhileAttached}: the subscription
 * lives exactly as long as the component is attached; its handler runs under the UI's lock and its changes are
 * pushed. Bursts are coalesced: a screen gets at most one delivery per window (250 ms by default) with every
 * event of that window, so a bulk import does not flood browsers. After the relay lost events (a database
 * restart), {@link LiveResync} makes every refreshing screen reload once.
 */
@org.springframework.stereotype.Component // qualified: the imported Component is Vaadin's
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final long windowMillis;
    private final AtomicLong deliveries = new AtomicLong();

    LiveUpdates(@Value("${tracker.live.coalesce-ms:250}") long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** For tests without Spring: no coalescing window. */
    static LiveUpdates immediate() {
        return new LiveUpdates(0);
    }

    /**
     * Subscribes a handler to events of a type, each event run through the executor as it comes (no coalescing).
     *
     * @return removes the subscription
     */
    public <E> Registration subscribe(Class<E> eventType, Executor executor, Consumer<? super E> handler) {
        var subscription = new Subscription(eventType::isInstance, executor, 0,
                events -> events.forEach(event -> handler.accept(eventType.cast(event))));
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /**
     * While the component is attached, hands it the events of a type, coalesced: the handler gets every event of a
     * window at once, with the UI locked. Subscribes again when the component is attached again.
     */
    public <E> void subscribeWhileAttached(Component component, Class<E> eventType, Consumer<List<E>> handler) {
        whileAttached(component, eventType::isInstance, events -> handler.accept(events.stream()
                .filter(eventType::isInstance).map(eventType::cast).toList()));
    }

    /**
     * While the component is attached, runs {@code refresh} (coalesced, with the UI locked) after any event of the
     * given types, and after a {@link LiveResync}.
     */
    public void refreshWhileAttached(Component component, Runnable refresh, Class<?>... eventTypes) {
        whileAttached(component, event -> event instanceof LiveResync || matches(event, eventTypes), events -> refresh.run());
    }

    private static boolean matches(Object event, Class<?>[] types) {
        for (var type : types) {
            if (type.isInstance(event)) {
                return true;
            }
        }
        return false;
    }

    private void whileAttached(Component component, Predicate<Object> accepts, Consumer<List<Object>> handler) {
        component.getUI().ifPresent(ui -> bind(component, ui, accepts, handler));
        component.addAttachListener(attach -> bind(component, attach.getUI(), accepts, handler));
    }

    private void bind(Component component, UI ui, Predicate<Object> accepts, Consumer<List<Object>> handler) {
        var holder = new Subscription[1];
        holder[0] = new Subscription(accepts, command -> {
            try {
                ui.access(command::run);
            } catch (UIDetachedException closed) {
                subscriptions.remove(holder[0]);
            }
        }, windowMillis, handler);
        subscriptions.add(holder[0]);
        component.addDetachListener(detach -> {
            subscriptions.remove(holder[0]);
            detach.unregisterListener();
        });
    }

    /** How many subscriptions are open now (a closed screen leaves none behind). */
    public int subscriberCount() {
        return subscriptions.size();
    }

    /** How many deliveries screens received since start (one per coalesced window): a figure for the benchmark. */
    public long deliveryCount() {
        return deliveries.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void deliver(Object event) {
        for (var subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** One subscriber: its filter, where its handler runs, and the events waiting for the end of its window. */
    private final class Subscription {
        private final Predicate<Object> accepts;
        private final Executor executor;
        private final long window;
        private final Consumer<List<Object>> handler;
        private final List<Object> pending = new ArrayList<>();
        private boolean scheduled;

        Subscription(Predicate<Object> accepts, Executor executor, long window, Consumer<List<Object>> handler) {
            this.accepts = accepts;
            this.executor = executor;
            this.window = window;
            this.handler = handler;
        }

        void offer(Object event) {
            if (!accepts.test(event)) {
                return;
            }
            if (window <= 0) {
                run(List.of(event));
                return;
            }
            synchronized (this) {
                pending.add(event);
                if (scheduled) {
                    return;
                }
                scheduled = true;
            }
            timer.schedule(this::flush, window, TimeUnit.MILLISECONDS);
        }

        private void flush() {
            List<Object> events;
            synchronized (this) {
                events = List.copyOf(pending);
                pending.clear();
                scheduled = false;
            }
            if (!events.isEmpty()) {
                run(events);
            }
        }

        private void run(List<Object> events) {
            try {
                executor.execute(() -> {
                    deliveries.incrementAndGet();
                    handler.accept(events);
                });
            } catch (RuntimeException failure) {
                // one broken screen must not keep the event from the others
                log.warn("A live update subscriber failed", failure);
            }
        }
    }
}
