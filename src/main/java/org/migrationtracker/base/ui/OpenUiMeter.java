package org.migrationtracker.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** {@code tracker.ui.open}: the browser tabs (Vaadin UIs) this instance holds open now. */
@Component
class OpenUiMeter implements VaadinServiceInitListener, MeterBinder {

    private final AtomicInteger open = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detached -> open.decrementAndGet());
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tracker.ui.open", open, AtomicInteger::get)
                .description("Browser tabs (Vaadin UIs) open on this instance").register(registry);
    }
}
