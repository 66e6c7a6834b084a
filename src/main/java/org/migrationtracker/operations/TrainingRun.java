package org.migrationtracker.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The start that trains the image's AOT cache ({@code -Dtracker.training-run=true}, Dockerfile): once the tracker is
 * ready (web server, Vaadin and the database all started) it closes the context as a normal stop does, so the
 * embedded PostgreSQL stops too, and the JVM exits with its code. Spring's own {@code spring.context.exit=onRefresh}
 * halts the JVM before any bean is stopped: it left the embedded server running and trained less.
 */
@Component
@ConditionalOnBooleanProperty("tracker.training-run")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener(ApplicationReadyEvent.class)
    void stop(ApplicationReadyEvent ready) {
        ApplicationContext context = ready.getApplicationContext();
        log.info("Training run: ready, stopping");
        var stopper = new Thread(() -> System.exit(SpringApplication.exit(context)), "training-run-exit");
        stopper.start();
    }
}
