package org.journeystudio.ui.canvas;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;

/**
 * The part of {@link CanvasBench} that needs a fresh JVM each time: the first map opened after start-up, from
 * the double-click on the home screen, and the studio's resident memory with that map open
 * ({@link FirstOpenAfterStartup}). The children run with this JVM's options (the same prism and glass settings).
 * <p>System properties: {@code bench.fresh} (runs, default 3; 0 skips this part), {@code bench.idle} (how long the
 * home screen stays idle before the double-click, default 1500 ms) and {@code bench.before} (another build's
 * {@code target/classes}) and {@code bench.beforeFlags} (JVM options for those runs, e.g.
 * {@code -Djourneystudio.editorWarmUp=false}): the "before" runs alternate with this build's, so load changes hit
 * both alike.
 */
final class FreshStudioRuns {
    private FreshStudioRuns() {
    }

    static void report(JourneyMap map) throws Exception {
        int runs = Integer.getInteger("bench.fresh", 3);
        if (runs == 0) {
            return;
        }
        long idle = Long.getLong("bench.idle", 1500);
        Path work = Files.createTempDirectory("canvas-bench-fresh");
        Path library = work.resolve("library");
        try (H2Library made = H2Library.open(library)) {
            made.create(map);
        }
        Map<String, List<String>> builds = new LinkedHashMap<>();
        builds.put("this build", List.of("-cp", System.getProperty("java.class.path")));
        String before = System.getProperty("bench.before");
        String beforeFlags = System.getProperty("bench.beforeFlags");
        if (before != null || beforeFlags != null) {
            List<String> flags = new ArrayList<>(beforeFlags == null ? List.of() : List.of(beforeFlags.split(" ")));
            flags.addAll(List.of("-cp", Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(entry -> before != null && entry.endsWith("target/classes") ? before : entry)
                    .collect(Collectors.joining(File.pathSeparator))));
            builds.put("before", flags);
        }
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        System.out.printf("First open after start-up (fresh JVM each, home screen idle %d ms before the double-click):%n",
                idle);
        for (int run = 1; run <= runs; run++) {
            for (Map.Entry<String, List<String>> build : builds.entrySet()) {
                double[] figures = runOnce(build.getValue(), work.resolve("run-" + run + "-" + build.getKey().replace(' ', '-')),
                        library, map.title(), idle);
                results.computeIfAbsent(build.getKey(), k -> new ArrayList<>()).add(figures);
                System.out.printf("  %s, run %d: editor laid out %.0f ms, first frame painted %.0f ms after the"
                                + " double-click (CPU: FX thread %.0f ms, whole process %.0f ms); RSS after GC %.0f MB"
                                + " (heap used %.0f MB); map listed %.0f ms after the process started%n",
                        build.getKey(), run, figures[1], figures[2], figures[5], figures[6], figures[3], figures[4],
                        figures[0]);
            }
        }
        results.forEach((build, list) -> System.out.printf(
                "First map shown after start-up (%s): median %.0f ms, %s (target <= 500 ms; CPU median: FX thread %.0f ms,"
                        + " process %.0f ms); RSS after GC median %.0f MB, %s (target <= 400 MB)%n", build,
                median(list, 2), spread(list, 2), median(list, 5), median(list, 6), median(list, 3), spread(list, 3)));
    }

    private static double[] runOnce(List<String> classPathAndFlags, Path scratch, Path library, String title, long idle)
            throws Exception {
        Files.createDirectories(scratch);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + scratch.resolve("prefs"),
                "-Djourneystudio.logs=" + scratch.resolve("logs")));
        command.addAll(classPathAndFlags);
        // The studio's own logging (to a file), not the tests' configuration.
        command.add("-Dlogback.configurationFile=" + Path.of("src/main/resources/logback.xml").toAbsolutePath());
        command.addAll(List.of(FirstOpenAfterStartup.class.getName(), library.toString(), title, Long.toString(idle)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        double[] figures = null;
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("first-open ")) {
                    figures = Arrays.stream(line.substring("first-open ".length()).split(" "))
                            .mapToDouble(pair -> Double.parseDouble(pair.substring(pair.indexOf('=') + 1))).toArray();
                } else {
                    said.add(line);
                    if (Boolean.getBoolean("bench.childOutput")) {
                        System.out.println("    | " + line);
                    }
                }
            }
        }
        child.waitFor();
        if (Boolean.getBoolean("bench.childOutput")) {
            try (Stream<Path> logs = Files.walk(scratch.resolve("logs"))) {
                for (Path log : logs.filter(Files::isRegularFile).toList()) {
                    Files.readAllLines(log).forEach(line -> System.out.println("    log| " + line));
                }
            }
        }
        if (figures == null) {
            throw new IllegalStateException("The fresh studio printed no figures (exit " + child.exitValue()
                    + "); its last words:\n" + String.join("\n", said.subList(Math.max(0, said.size() - 30),
                    said.size())));
        }
        return figures;
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static String spread(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return String.format("%.0f–%.0f", values[0], values[values.length - 1]);
    }
}
