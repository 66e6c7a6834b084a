package org.migrationtracker.security.session;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Who is signed in on this instance: {@code tracker.sessions.signed-in} and {@code tracker.users.signed-in}. */
@Component
class SessionMeters implements MeterBinder {

    private final LocalSessions sessions;

    SessionMeters(LocalSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tracker.sessions.signed-in", sessions, LocalSessions::count)
                .description("Signed-in browser sessions on this instance").register(registry);
        Gauge.builder("tracker.users.signed-in", sessions, LocalSessions::users)
                .description("Different users signed in on this instance").register(registry);
    }
}
