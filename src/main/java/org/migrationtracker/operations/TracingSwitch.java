package org.migrationtracker.operations;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Traces are off unless an OTLP endpoint is configured ({@value #ENDPOINT}, e.g. the environment variable
 * {@code MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT}). Without one, tracing is switched off
 * ({@code management.tracing.export.enabled} and {@code management.opentelemetry.enabled} false, nothing sampled,
 * OpenTelemetry's tracing auto-configuration left out so that Micrometer's no-op tracer is used): no span is made and
 * no trace id is in the log. With one, every request is traced (sampling 1.0) and the log lines
 * carry the trace and span ids. A setting made explicitly wins: these are defaults of the lowest precedence.
 */
public class TracingSwitch implements EnvironmentPostProcessor {

    static final String ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
    private static final String EXPORT = "management.tracing.export.enabled";
    private static final String OPENTELEMETRY = "management.opentelemetry.enabled";
    private static final String SAMPLING = "management.tracing.sampling.probability";
    private static final java.util.List<String> TRACING_CONFIGURATIONS = java.util.List.of(
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean configured = !environment.getProperty(ENDPOINT, "").isBlank();
        var defaults = new java.util.HashMap<String, Object>(Map.of(
                EXPORT, configured, OPENTELEMETRY, configured, SAMPLING, configured ? 1.0 : 0.0));
        if (!configured) {
            // without them Micrometer's no-op tracer is used: the switches above still left unsampled spans with ids
            defaults.put("spring.autoconfigure.exclude", String.join(",", TRACING_CONFIGURATIONS));
        }
        environment.getPropertySources().addLast(new MapPropertySource("tracker-tracing-switch", defaults));
    }

    /** Whether tracing is on in this environment, as the switch leaves it. */
    static boolean on(Environment environment) {
        return environment.getProperty(EXPORT, Boolean.class, true) && environment.getProperty(OPENTELEMETRY, Boolean.class, true);
    }
}
