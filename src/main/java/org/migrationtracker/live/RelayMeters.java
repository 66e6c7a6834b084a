package org.migrationtracker.live;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The live-update relay's meters: notifications sent to and received from other instances, and reconnects. */
@Component
class RelayMeters implements MeterBinder {

    private final PgEventRelay relay;

    RelayMeters(PgEventRelay relay) {
        this.relay = relay;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("tracker.relay.notifications", relay, PgEventRelay::sentCount).tag("direction", "sent")
                .description("Live updates sent to the other instances (PostgreSQL NOTIFY)").register(registry);
        FunctionCounter.builder("tracker.relay.notifications", relay, PgEventRelay::receivedCount).tag("direction", "received")
                .description("Live updates received from the other instances").register(registry);
        FunctionCounter.builder("tracker.relay.reconnects", relay, PgEventRelay::reconnectCount)
                .description("Times the relay's listening connection was lost and made again").register(registry);
    }
}
