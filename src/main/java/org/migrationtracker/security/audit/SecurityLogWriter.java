package org.migrationtracker.security.audit;

import org.migrationtracker.security.CurrentRequest;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.SecurityEvent;
import org.migrationtracker.security.session.InstanceName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Writes every {@link SecurityEvent} to the append-only {@code security_log} table, in the transaction
 * {@link Durability} says: a change with the change (both commit or neither), an attempt in a transaction of its own
 * (it stays when the caller's rolls back). A record that cannot be written on its own is reported in the application
 * log by its kind only and does not undo what it records.
 */
@Component
class SecurityLogWriter {

    private static final Logger log = LoggerFactory.getLogger(SecurityLogWriter.class);

    static final int NAME = 200;
    static final int ADDRESS = 100;
    static final int DETAIL = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final InstanceName instance;

    SecurityLogWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, InstanceName instance) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.instance = instance;
    }

    @EventListener
    void record(SecurityEvent event) {
        if (Durability.of(event.kind()) == Durability.WITH_THE_CHANGE && writableTransaction()) {
            // an error here rolls the change back: no change without its record
            insert(event);
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> insert(event));
        } catch (RuntimeException failed) {
            // the kind only: the row (an attempted user name among it) stays out of the application log
            log.error("The security log could not record a {} event ({})", event.kind(), failed.getClass().getSimpleName());
        }
    }

    private static boolean writableTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private void insert(SecurityEvent event) {
        jdbc.update("""
                        insert into security_log (at, kind, actor, subject, client_address, instance, detail)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), event.kind().name(), clipped(orUnknown(event.actor()), NAME),
                clippedOrNull(event.subject(), NAME), clippedOrNull(address(event), ADDRESS),
                clipped(instance.name(), NAME), clipped(event.detail(), DETAIL));
    }

    /** The publisher's address, else that of the request on this thread (a screen's, an API call's), else none. */
    private static @Nullable String address(SecurityEvent event) {
        if (event.clientAddress() != null) {
            return event.clientAddress();
        }
        return CurrentRequest.clientAddress();
    }

    private static String orUnknown(String actor) {
        return actor.isBlank() ? "(none given)" : actor;
    }

    static String clipped(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    private static @Nullable String clippedOrNull(@Nullable String value, int length) {
        return value == null || value.isBlank() ? null : clipped(value, length);
    }
}
