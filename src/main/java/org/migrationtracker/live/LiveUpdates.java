package org.migrationtracker.live;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands application events to the open screens that subscribed to them. Events published inside a transaction
 * arrive only after it commits (never for a rollback); events published outside one arrive at once.
 * A screen subscribes with {@link #subscribeWhileAttached}: the subscription lives exactly as long as the
 * component is attached, and the handler runs under the UI's lock, pushed to the browser.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Subscription<?>> subscriptions = ConcurrentHashMap.newKeySet();

    /**
     * Subscribes a handler to events of a type, run through the executor (for a UI: {@code ui.access}).
     *
     * @return removes the subscription
     */
    public <E> Registration subscribe(Class<E> eventType, Executor executor, Consumer<? super E> handler) {
        var subscription = new Subscription<>(eventType, executor, handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /**
     * Subscribes while the component is attached to a UI; the handler runs with that UI locked and
     * its changes are pushed. Subscribes again when the component is attached again.
     */
    public <E> void subscribeWhileAttached(Component component, Class<E> eventType,
                                           Consumer<? super E> handler) {
        component.getUI().ifPresent(ui -> bind(component, ui, eventType, handler));
        component.addAttachListener(attach -> bind(component, attach.getUI(), eventType, handler));
    }

    private <E> void bind(Component component, UI ui, Class<E> eventType,
                          Consumer<? super E> handler) {
        var holder = new Registration[1];
        holder[0] = subscribe(eventType, command -> {
            try {
                ui.access(command::run);
            } catch (UIDetachedException closed) {
                holder[0].remove();
            }
        }, handler);
        component.addDetachListener(detach -> {
            holder[0].remove();
            detach.unregisterListener();
        });
    }

    /** How many subscriptions are open now (a closed screen leaves none behind). */
    public int subscriberCount() {
        return subscriptions.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void deliver(Object event) {
        for (var subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    private record Subscription<E>(Class<E> type, Executor executor, Consumer<? super E> handler) {

        void offer(Object event) {
            if (!type.isInstance(event)) {
                return;
            }
            E typed = type.cast(event);
            try {
                executor.execute(() -> handler.accept(typed));
            } catch (RuntimeException failure) {
                // one broken screen must not keep the event from the others
                log.warn("A live update subscriber for {} failed", type.getSimpleName(), failure);
            }
        }
    }
}
