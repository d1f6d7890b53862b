package org.journeystudio.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A second Java process running one of the test mains, with its output read line by line. */
public final class ChildJvm implements AutoCloseable {
    private static final String END = "\u0000end";
    private final Process process;
    private final Path errors;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::readOutput, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} in a new JVM with this test run's class path; its stderr goes to {@code errors}. */
    public static ChildJvm start(Class<?> main, Path errors, String... arguments) throws IOException {
        return start(main, errors, java.util.Map.of(), arguments);
    }

    /** As above, with {@code environment} added to the child's (a team library's PGUSER and PGPASSWORD). */
    public static ChildJvm start(Class<?> main, Path errors, java.util.Map<String, String> environment,
            String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ChildJvm(process, errors);
    }

    /** The next line the child printed, or {@code null} when it ended or said nothing within the timeout. */
    public String nextLine(long timeoutSeconds) throws InterruptedException {
        String line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
        return line == null || line.equals(END) ? null : line;
    }

    /** As {@link #nextLine(long)}, waiting at most {@code millis} milliseconds. */
    public String nextLineWithin(long millis) throws InterruptedException {
        String line = lines.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
        if (END.equals(line)) {
            lines.add(END);
            return null;
        }
        return line;
    }

    /** Every line still to come, after the child has ended. */
    public List<String> remainingLines() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(10));
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        rest.remove(END);
        return rest;
    }

    public void send(String line) throws IOException {
        Writer input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        input.write(line + "\n");
        input.flush();
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the child at once: SIGKILL on Linux and macOS, TerminateProcess on Windows. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    public int waitForExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The child JVM did not end within " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }

    /** What the child wrote to stderr, for failure messages. */
    public String errors() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    private void readOutput() {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // The child was killed mid-line; what was read before is in the queue.
        } finally {
            lines.add(END);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
