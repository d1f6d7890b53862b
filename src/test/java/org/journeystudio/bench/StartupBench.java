package org.journeystudio.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.SampleMaps;

/**
 * Benchmark, not a test: the time from process start until the first window is mapped on the X display, for a bare
 * JavaFX window ({@link HelloWindow}) and for the studio as users start it ({@code java -jar}), on an empty and on
 * an existing library, and for the app-image launcher when one is given. The commands run in turn, {@code runs}
 * times each, so load changes hit all alike; prints each median, its spread and the ratio to the bare window.
 * The moment of mapping is read from {@code xev}'s MapNotify events on the root window, so nothing in the studio
 * is changed to be measured.
 * <p>Run under X (Xvfb is fine), after {@code ./mvnw -q -o package -DskipTests} (the jar and target/lib) and
 * {@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * {@code DISPLAY=:99 java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.journeystudio.bench.StartupBench [runs=5] [before=OTHER.jar] [appimage=LAUNCHER]}: {@code before} times another
 * build's jar in the same rounds (e.g. the commit before a change; with NAME.jsa if that lies beside NAME.jar), {@code appimage} the installed launcher
 * (e.g. "target/installer/image/Journey Studio/bin/Journey Studio", built by {@code ./mvnw -Pinstaller package
 * -Dinstaller.imageOnly=true}). The jar is also timed with the class-data sharing archive the build makes.
 */
public final class StartupBench {
    private static final long WINDOW_TIMEOUT_SECONDS = 60;
    /** Made by the build (CdsArchive); timed as a command of its own when present. */
    private static final String CDS_ARCHIVE = "target/journey-studio.jsa";
    private final LinkedBlockingQueue<Long> mapped = new LinkedBlockingQueue<>();

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, Math.max(eq, 0)), arg.substring(eq + 1));
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path work = Files.createTempDirectory("startup-bench");
        Path existing = work.resolve("existing");
        try (H2Library library = H2Library.open(existing)) {
            library.create(SampleMaps.airline("aurora"));
            library.create(SampleMaps.shop("shop"));
            library.create(SampleMaps.longMap());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("bare JavaFX window", List.of(java, "-cp",
                "target/test-classes" + File.pathSeparator + "target/lib/*", HelloWindow.Start.class.getName()));
        commands.put("studio, empty library", List.of(java, "-jar", "target/journey-studio.jar", "--library",
                work.resolve("empty-%d").toString()));
        commands.put("studio, existing library", List.of(java, "-jar", "target/journey-studio.jar", "--library",
                existing.toString()));
        if (options.containsKey("before")) {
            // With the class-data sharing archive dumped for it, if one lies beside it (NAME.jsa for NAME.jar).
            Path archive = Path.of(options.get("before").replaceFirst("\\.jar$", ".jsa"));
            List<String> command = new ArrayList<>(List.of(java));
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.addAll(List.of("-jar", options.get("before"), "--library", existing.toString()));
            commands.put("earlier jar, existing library", command);
        }
        if (Files.isRegularFile(Path.of(CDS_ARCHIVE))) {
            commands.put("studio with its CDS archive, existing library", List.of(java, "-XX:SharedArchiveFile="
                    + CDS_ARCHIVE, "-jar", "target/journey-studio.jar", "--library", existing.toString()));
        }
        if (options.containsKey("appimage")) {
            commands.put("app-image, existing library", List.of(options.get("appimage"), "--library",
                    existing.toString()));
        }
        new StartupBench().run(commands, runs);
    }

    private void run(Map<String, List<String>> commands, int runs) throws Exception {
        Process xev = new ProcessBuilder("stdbuf", "-oL", "xev", "-root", "-event", "substructure")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> readMapEvents(xev), "xev reader");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(500); // xev has selected its events
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        commands.keySet().forEach(name -> seconds.put(name, new ArrayList<>()));
        try {
            for (int round = 0; round < runs; round++) {
                for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                    List<String> line = command.getValue().stream().map(a -> a.replace("%d", "" + System.nanoTime()))
                            .toList();
                    double s = timeToFirstWindow(line);
                    seconds.get(command.getKey()).add(s);
                    System.out.printf("round %d  %-28s %.2f s%n", round + 1, command.getKey(), s);
                }
            }
        } finally {
            xev.destroy();
        }
        double bare = median(seconds.values().iterator().next());
        System.out.printf("%nmedians over %d runs (load before: %s)%n", runs, loadAverage());
        for (Map.Entry<String, List<Double>> entry : seconds.entrySet()) {
            List<Double> values = entry.getValue();
            System.out.printf("  %-28s %.2f s  (%.2f-%.2f)  %.2fx the bare window%n", entry.getKey(), median(values),
                    values.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    values.stream().mapToDouble(Double::doubleValue).max().orElse(0), median(values) / bare);
        }
    }

    private double timeToFirstWindow(List<String> command) throws Exception {
        mapped.clear();
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Long at = mapped.poll(WINDOW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (at == null) {
                throw new IllegalStateException("no window within " + WINDOW_TIMEOUT_SECONDS + " s: " + command);
            }
            return (at - start) / 1e9;
        } finally {
            Thread.sleep(300); // let the window finish its first frames, as a user would see them
            child.destroy();
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        }
    }

    private void readMapEvents(Process xev) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(xev.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("MapNotify event")) {
                    mapped.add(System.nanoTime());
                }
            }
        } catch (IOException e) {
            // xev ended with the benchmark
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String loadAverage() throws IOException {
        return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3)
                .reduce((a, b) -> a + " " + b).orElse("?");
    }
}
