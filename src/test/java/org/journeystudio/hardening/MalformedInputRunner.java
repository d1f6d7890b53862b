package org.journeystudio.hardening;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.journeystudio.cli.StudioCommandLine;

/**
 * Runs {@code import}, {@code render} and {@code heatmap} on every input listed in a file, in this JVM (started
 * by {@link MalformedInputsTest} with the heap a user's machine gives; in the language of an optional fourth
 * argument, as {@code --lang} would), and prints one tab-separated line per run:
 * input, command, exit code, milliseconds, and the first line of the error output. A run past the time bound
 * prints {@code TIMEOUT} and ends the JVM: what runs on cannot be stopped safely.
 */
public final class MalformedInputRunner {
    static final long BOUND_SECONDS = 30;

    private MalformedInputRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> lines = Files.readAllLines(Path.of(args[2]));
        String language = args.length > 3 ? args[3] : null;
        ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "malformed-input-run");
            thread.setDaemon(true);
            return thread;
        });
        for (String line : lines) {
            String[] input = line.split("\t", 2);
            for (String command : List.of("import", "render", "heatmap")) {
                String[] call = switch (command) {
                    case "import" -> new String[] {"import", input[1], "--library", library.toString()};
                    case "render" -> new String[] {"render", input[1], "--out", out.resolve("out.png").toString()};
                    default -> new String[] {"heatmap", input[1], "--segment", "Segment", "--format", "csv"};
                };
                String[] spoken = language == null ? call : java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--lang", language), java.util.Arrays.stream(call))
                        .toArray(String[]::new);
                StringWriter err = new StringWriter();
                long start = System.nanoTime();
                Future<Integer> run = runs.submit(() -> StudioCommandLine.standard().execute(spoken,
                        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
                String exit;
                try {
                    exit = String.valueOf(run.get(BOUND_SECONDS, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    System.out.println(input[0] + "\t" + command + "\tTIMEOUT\t" + BOUND_SECONDS * 1000 + "\t");
                    System.out.flush();
                    System.exit(9);
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    exit = "THREW " + e.getCause();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                String firstLine = err.toString().lines().findFirst().orElse("");
                boolean trace = err.toString().contains("\tat ") || err.toString().contains("Exception")
                        || err.toString().contains("Error:") || err.toString().contains("java.lang.");
                System.out.println(input[0] + "\t" + command + "\t" + exit + "\t" + millis + "\t"
                        + (trace ? "TRACE " : "") + firstLine.replace('\t', ' '));
                System.out.flush();
            }
        }
    }
}
