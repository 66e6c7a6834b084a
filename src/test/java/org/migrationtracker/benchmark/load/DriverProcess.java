package org.migrationtracker.benchmark.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The load driver ({@link LoadRun}) in a JVM of its own, started from this JVM's class path with the same Java:
 * commands go to its standard input, its marked answers come back in order, anything else it prints is passed on.
 */
final class DriverProcess implements AutoCloseable {

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    DriverProcess(URI base, int mailboxes, long rampSeconds, long holdSeconds) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the class path of this JVM (surefire's may be a manifest-only jar, which java -cp follows as well)
        process = new ProcessBuilder(java, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                LoadRun.class.getName(), base.toString(), String.valueOf(mailboxes), String.valueOf(rampSeconds),
                String.valueOf(holdSeconds))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), true);
        Thread.ofPlatform().daemon().name("load-driver-output").start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith(LoadRun.MARK)) {
                        answers.add(line.substring(LoadRun.MARK.length()));
                    } else {
                        System.out.println("[driver] " + line);
                    }
                }
            } catch (IOException ended) {
                // the driver ended
            } finally {
                answers.add("ended");
            }
        });
    }

    /** Sends a command. */
    void send(String command) {
        commands.println(command);
    }

    /** The next answer, which must start with {@code expected}; the lines before it that start with "report " are kept. */
    String await(String expected, Duration timeout, List<String> reportLines) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String answer = answers.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (answer == null) {
                throw new IllegalStateException("the load driver did not answer '" + expected + "' within " + timeout);
            }
            if (answer.startsWith("report ")) {
                reportLines.add(answer.substring("report ".length()));
            } else if (answer.startsWith(expected)) {
                return answer;
            } else if (answer.equals("ended")) {
                throw new IllegalStateException("the load driver ended (exit " + process.waitFor() + ") before '" + expected + "'");
            }
        }
    }

    String await(String expected, Duration timeout) throws InterruptedException {
        return await(expected, timeout, new ArrayList<>());
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
