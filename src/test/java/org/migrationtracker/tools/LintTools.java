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
 * {@code npm ci} the first time a test needs them. They need Node 22 or later: Vaadin's own Node under ~/.vaadin
 * (which {@code .ci/install-node.sh} lays out and {@code .ci/run} runs on a fresh machine), else the PATH's.
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
        install(bin);
        return script(bin.toRealPath().toString(), arguments);
    }

    /** Runs a script of tools/lint (e.g. {@code k8s-validate.mjs}) with Node, in tools/lint. */
    public static synchronized Run script(String script, String... arguments) throws IOException, InterruptedException {
        install(HOME.resolve("node_modules/.bin/spectral"));
        var command = new ArrayList<String>();
        command.add(node());
        command.add(script);
        command.addAll(List.of(arguments));
        return exec(command, 300);
    }

    private static void install(Path bin) throws IOException, InterruptedException {
        if (!Files.isExecutable(bin)) {
            var command = new ArrayList<>(npm());
            command.addAll(List.of("ci", "--no-audit", "--no-fund"));
            var install = exec(command, 300);
            if (install.exitCode() != 0 || !Files.isExecutable(bin)) {
                throw new IllegalStateException("npm ci in " + HOME + " did not install " + bin.getFileName() + ":\n" + install.output());
            }
        }
    }

    private static Run exec(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("lint", ".log");
        try {
            var builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // scripts the tools start find the same Node first
            // tools that read their configuration from $PWD (openapi-generator-cli) read tools/lint's
            builder.environment().put("PWD", HOME.toString());
            builder.environment().put("PATH", Path.of(node()).getParent() + File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
            var process = builder.start();
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
        return vaadinNode().map(dir -> dir.resolve("bin/node").toString()).or(() -> onPath("node"))
                .orElseThrow(() -> new IllegalStateException(NO_NODE));
    }

    /** npm run by the same Node as the linters. */
    private static List<String> npm() {
        return vaadinNode().map(dir -> List.of(dir.resolve("bin/node").toString(),
                        dir.resolve("lib/node_modules/npm/bin/npm-cli.js").toString()))
                .or(() -> onPath("npm").map(List::of))
                .orElseThrow(() -> new IllegalStateException(NO_NODE));
    }

    private static final String NO_NODE = "No Node 22+ here: run .ci/install-node.sh (.ci/run does)";

    private static java.util.Optional<String> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            var candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return java.util.Optional.of(candidate.toString());
            }
        }
        return java.util.Optional.empty();
    }

    /** The newest Node under ~/.vaadin of version 22 or later. */
    private static java.util.Optional<Path> vaadinNode() {
        try (var dirs = Files.list(Path.of(System.getProperty("user.home"), ".vaadin"))) {
            return dirs.filter(dir -> dir.getFileName().toString().matches("node-v(2[2-9]|[3-9][0-9])\\..*")
                            && Files.isExecutable(dir.resolve("bin/node")))
                    .max(Path::compareTo);
        } catch (IOException none) {
            return java.util.Optional.empty();
        }
    }
}
