package org.migrationtracker.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The maintained linters the tests run (tools/lint/package.json, pinned by its lock file): installed with
 * {@code npm ci} the first time a test needs them. Node and npm come from the PATH (Debian's {@code nodejs} and
 * {@code npm}, which {@code .ci/run} installs on a fresh machine) or from Vaadin's own Node under ~/.vaadin.
 */
public final class LintTools {

    public static final Path HOME = Path.of("tools", "lint").toAbsolutePath();

    public record Run(int exitCode, String output) {
    }

    private LintTools() {
    }

    /** Runs a linter from tools/lint/node_modules/.bin with its arguments, in tools/lint, and waits for it. */
    public static synchronized Run run(String tool, String... arguments) throws IOException, InterruptedException {
        Path bin = HOME.resolve("node_modules/.bin").resolve(tool);
        if (!Files.isExecutable(bin)) {
            var install = exec(List.of(npm(), "ci", "--no-audit", "--no-fund"), 300);
            if (install.exitCode() != 0 || !Files.isExecutable(bin)) {
                throw new IllegalStateException("npm ci in " + HOME + " did not install " + tool + ":\n" + install.output());
            }
        }
        var command = new ArrayList<String>();
        command.add(node());
        command.add(bin.toRealPath().toString());
        command.addAll(List.of(arguments));
        return exec(command, 300);
    }

    private static Run exec(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("lint", ".log");
        try {
            var process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + seconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String node() {
        return onPath("node").orElseGet(() -> vaadinNode().resolve("bin/node").toString());
    }

    private static String npm() {
        return onPath("npm").orElseGet(() -> vaadinNode().resolve("bin/npm").toString());
    }

    private static java.util.Optional<String> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            var candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return java.util.Optional.of(candidate.toString());
            }
        }
        return java.util.Optional.empty();
    }

    private static Path vaadinNode() {
        try (var dirs = Files.list(Path.of(System.getProperty("user.home"), ".vaadin"))) {
            return dirs.filter(dir -> dir.getFileName().toString().startsWith("node-v") && Files.isExecutable(dir.resolve("bin/node")))
                    .max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("No Node here: install Debian's nodejs and npm (.ci/run does)"));
        } catch (IOException none) {
            throw new IllegalStateException("No Node here: install Debian's nodejs and npm (.ci/run does)", none);
        }
    }
}
