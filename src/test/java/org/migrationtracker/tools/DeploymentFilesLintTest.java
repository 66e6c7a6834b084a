package org.migrationtracker.tools;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files pass maintained linters: compose.yaml the compose-spec schema and dclint's rules, the
 * Dockerfile dockerfile-utils' linter, the Kubernetes manifests the Kubernetes schemas, and deploy/Caddyfile Caddy's
 * own {@code validate}. Each linter also refuses a broken file, so that a pass means something.
 */
class DeploymentFilesLintTest {

    private static final Path ROOT = LintTools.HOME.getParent().getParent();

    @Test
    void compose_yaml_passes_dclint_and_a_broken_copy_does_not() throws Exception {
        var lint = LintTools.run("dclint", ROOT.resolve("compose.yaml").toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();

        Path broken = Files.createTempFile("compose", ".yaml");
        Files.writeString(broken, Files.readString(ROOT.resolve("compose.yaml")).replace("condition: service_healthy", "condition: service_happy"));
        var refused = LintTools.run("dclint", broken.toString());
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("invalid-schema", "depends_on");
    }

    @Test
    void the_dockerfile_passes_dockerfile_utils_lint_and_a_broken_copy_does_not() throws Exception {
        var lint = LintTools.run("dockerfile-utils", "lint", ROOT.resolve("Dockerfile").toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).as(lint.output()).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning");

        Path broken = Files.createTempFile("Dockerfile", "");
        Files.writeString(broken, Files.readString(ROOT.resolve("Dockerfile")).replace("EXPOSE 8080", "EXPOSE eighty"));
        var refused = LintTools.run("dockerfile-utils", "lint", broken.toString());
        assertThat(refused.output()).as(refused.output()).containsIgnoringCase("error");
    }

    @Test
    void the_kubernetes_manifests_match_the_kubernetes_schemas_and_a_broken_one_does_not() throws Exception {
        var manifests = new ArrayList<String>();
        try (var files = Files.list(ROOT.resolve("deploy/kubernetes"))) {
            files.filter(file -> file.toString().endsWith(".yaml")).sorted().forEach(file -> manifests.add(file.toString()));
        }
        var lint = LintTools.script("k8s-validate.mjs", manifests.toArray(String[]::new));
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("Deployment migration-tracker valid", "Service migration-tracker valid",
                "Ingress migration-tracker valid", "Secret migration-tracker valid");

        Path broken = Files.createTempFile("deployment", ".yaml");
        Files.writeString(broken, Files.readString(ROOT.resolve("deploy/kubernetes/deployment.yaml")).replace("replicas: 2", "replicas: two"));
        var refused = LintTools.script("k8s-validate.mjs", broken.toString());
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("INVALID");
    }

    @Test
    void the_deployment_keeps_two_replicas_probes_on_the_health_groups_and_cookie_affinity() throws Exception {
        String deployment = Files.readString(ROOT.resolve("deploy/kubernetes/deployment.yaml"));
        String ingress = Files.readString(ROOT.resolve("deploy/kubernetes/ingress.yaml"));
        assertThat(deployment).contains("replicas: 2", "path: /actuator/health/liveness", "path: /actuator/health/readiness",
                "secretRef:");
        assertThat(ingress).contains("nginx.ingress.kubernetes.io/affinity: cookie");
    }

    @Test
    void caddy_validates_the_caddyfile() throws Exception {
        Path caddy = Path.of(System.getenv().getOrDefault("CADDY_PATH", "/usr/bin/caddy"));
        assertThat(caddy).as("Debian's caddy package (.ci/run installs it) or CADDY_PATH").isExecutable();
        Path log = Files.createTempFile("caddy", ".log");
        var builder = new ProcessBuilder(List.of(caddy.toString(), "validate", "--config",
                ROOT.resolve("deploy/Caddyfile").toString(), "--adapter", "caddyfile"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TRACKER_UPSTREAMS", "tracker-1:8080 tracker-2:8080");
        builder.environment().put("HOME", Files.createTempDirectory("caddy-home").toString());
        var process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Valid configuration");
    }
}
