package org.migrationtracker.mailbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * The mailbox module's meters: {@code tracker.bulk.actions} (by action) with the mailboxes each changed, left
 * unchanged or refused ({@code tracker.bulk.mailboxes}), and {@code tracker.search}, the helpdesk lookup's latency.
 */
@Component
class MailboxMeters {

    private final MeterRegistry registry;
    private final Timer search;

    MailboxMeters(MeterRegistry registry) {
        this.registry = registry;
        this.search = Timer.builder("tracker.search").description("Searches for users as someone types (the lookup)")
                .publishPercentileHistogram().register(registry);
    }

    <T> T search(Supplier<T> query) {
        return search.record(query);
    }

    void bulk(BulkAction action, BulkResult result) {
        String name = action.getClass().getSimpleName();
        Counter.builder("tracker.bulk.actions").description("Bulk actions run, by action").tag("action", name)
                .register(registry).increment();
        mailboxes(name, "changed", result.changed());
        mailboxes(name, "unchanged", result.unchanged());
        mailboxes(name, "refused", result.refusals().size());
    }

    private void mailboxes(String action, String outcome, int count) {
        Counter.builder("tracker.bulk.mailboxes").description("Mailboxes bulk actions reached, by action and outcome")
                .tag("action", action).tag("outcome", outcome).register(registry).increment(count);
    }
}
