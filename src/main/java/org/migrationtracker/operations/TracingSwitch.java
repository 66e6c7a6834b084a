package org.migrationtracker.operations;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Traces are off unless an OTLP endpoint is configured ({@value #ENDPOINT}, e.g. the environment variable
 * {@code MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT}): without one no span is made, so tracing costs
 * nothing; with one, every request is traced and the trace and span ids are in the log lines. An explicit
 * {@code management.tracing.enabled} wins.
 */
public class TracingSwitch implements EnvironmentPostProcessor {

    static final String ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
    private static final String ENABLED = "management.tracing.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(ENABLED)) {
            return;
        }
        boolean configured = !environment.getProperty(ENDPOINT, "").isBlank();
        environment.getPropertySources().addLast(new MapPropertySource("tracker-tracing-switch", Map.of(ENABLED, configured)));
    }
}
