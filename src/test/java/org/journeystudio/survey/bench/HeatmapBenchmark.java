package org.journeystudio.survey.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The survey heatmap benchmark (not a unit test): times the whole {@code heatmap} process
 * ({@code java -Xmx256m -jar target/journey-studio.jar heatmap ...}, JVM start included) against DuckDB on a
 * generated 1,000,000-row survey, checks that every side found the same means and counts, and prints our time ÷
 * DuckDB's time. The sides take turns run by run, so a burst of load from other processes falls on all of them.
 *
 * <p>Run with {@code ./mvnw -B -Pbench test-compile exec:java -Dexec.args="[rows] [runs] [segment column]"}.
 * System properties choose the sides (see docs/benchmarks.md):
 * <ul>
 *   <li>{@code bench.duckdb}: {@code node} (default: native DuckDB through its Node bindings, a whole process
 *       like ours, {@code src/test/bench-node}), {@code jdbc} (DuckDB's JDBC driver inside this JVM, no start-up
 *       paid) or {@code both};</li>
 *   <li>{@code bench.heap}: our {@code -Xmx} (default {@code 256m});</li>
 *   <li>{@code bench.flags}: JVM flags for a second run of ours, as a launcher would start it (for example
 *       {@code -XX:SharedArchiveFile=target/heatmap-cli.jsa -XX:TieredStopAtLevel=1}); a shared archive named
 *       there is made first if it is missing;</li>
 *   <li>{@code bench.before}: another build's jar, timed in the same rounds;</li>
 *   <li>{@code bench.words=true}: also the same answers as words ("Strongly disagree" … "Don't know"), timed
 *       against the numbers.</li>
 * </ul>
 */
public final class HeatmapBenchmark {
    private static final Path NODE_SCRIPT = Path.of("src/test/bench-node/heatmap-duckdb.mjs");

    private HeatmapBenchmark() {
    }

    /** One thing timed: a whole process, or the JDBC query. */
    private interface Side {
        String name();

        /** Runs once; returns the nanoseconds taken and the cells found. */
        Timed run() throws Exception;
    }

    private record Timed(long nanos, Map<String, double[]> cells) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String segment = args.length > 2 ? args[2] : "Travel class";
        String duckdb = System.getProperty("bench.duckdb", "node");
        String heap = System.getProperty("bench.heap", "256m");
        Path jar = Path.of("target/journey-studio.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: ./mvnw -q -B package -DskipTests");
        }
        Path survey = Path.of("target/bench/survey-" + rows + ".csv");
        if (!Files.exists(survey)) {
            SurveyGenerator.write(survey, rows);
        }
        System.out.printf(Locale.ROOT, "survey: %s, %,d rows, %d MiB; segment column '%s'; %d runs each; -Xmx%s%n",
                survey, rows, Files.size(survey) >> 20, segment, runs, heap);
        System.out.printf(Locale.ROOT, "cores: %d, load average at start: %.2f%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        List<Side> sides = new ArrayList<>();
        sides.add(ours("heatmap", jar, heap, "", survey, segment));
        String flags = System.getProperty("bench.flags", "").trim();
        createSharedArchive(flags, jar, heap, survey, segment);
        if (!flags.isEmpty()) {
            sides.add(ours("heatmap " + flags, jar, heap, flags, survey, segment));
        }
        String before = System.getProperty("bench.before");
        if (before != null) {
            sides.add(ours("before", Path.of(before), heap, "", survey, segment));
        }
        if (duckdb.equals("node") || duckdb.equals("both")) {
            sides.add(nodeDuckDb(survey, segment));
        }
        if (duckdb.equals("jdbc") || duckdb.equals("both")) {
            sides.add(jdbcDuckDb(survey, segment));
        }
        if (Boolean.getBoolean("bench.words")) {
            Path words = Path.of("target/bench/survey-words-" + rows + ".csv");
            if (!Files.exists(words)) {
                SurveyGenerator.writeWords(survey, words);
            }
            sides.add(ours("words", jar, heap, "", words, segment));
        }

        long[][] times = new long[sides.size()][runs];
        Map<String, Map<String, double[]>> results = new HashMap<>();
        for (int run = 0; run < runs; run++) {
            StringBuilder line = new StringBuilder("run " + (run + 1) + ":");
            for (int s = 0; s < sides.size(); s++) {
                Timed timed = sides.get(s).run();
                times[s][run] = timed.nanos();
                results.put(sides.get(s).name(), timed.cells());
                line.append(String.format(Locale.ROOT, "   %s %d ms", sides.get(s).name(), timed.nanos() / 1_000_000));
            }
            System.out.println(line);
        }
        Map<String, double[]> reference = results.get(sides.get(0).name());
        for (Side side : sides.subList(1, sides.size())) {
            compare(sides.get(0).name(), reference, side.name(), results.get(side.name()));
        }
        double[] medians = new double[sides.size()];
        for (int s = 0; s < sides.size(); s++) {
            medians[s] = median(times[s]) / 1e6;
            System.out.printf(Locale.ROOT, "%-40s median %5.0f ms   best %5.0f ms   all %s%n", sides.get(s).name(),
                    medians[s], Arrays.stream(times[s]).min().orElseThrow() / 1e6,
                    Arrays.stream(times[s]).mapToObj(t -> Long.toString(t / 1_000_000)).collect(Collectors.joining(" ")));
        }
        for (int s = 0; s < sides.size(); s++) {
            for (int d = 0; d < sides.size(); d++) {
                if (sides.get(d).name().startsWith("duckdb") && !sides.get(s).name().startsWith("duckdb")) {
                    System.out.printf(Locale.ROOT, "ratio %s / %s (medians): %.2f%n", sides.get(s).name(),
                            sides.get(d).name(), medians[s] / medians[d]);
                }
            }
            if (sides.get(s).name().equals("words")) {
                System.out.printf(Locale.ROOT, "ratio words / numbers (medians): %.2f (target <= 1.5)%n",
                        medians[s] / medians[0]);
            }
        }
    }

    /**
     * Makes the class data sharing archive that {@code flags} name with {@code -XX:SharedArchiveFile=}, if it is
     * missing: one run of the command on the first 2,000 rows with {@code -XX:ArchiveClassesAtExit} (JDK 17's
     * dynamic archive of every class the command loaded, the JDK's own archive below it). It is only valid for
     * this jar and its lib/ folder as they are now.
     */
    private static void createSharedArchive(String flags, Path jar, String heap, Path survey, String segment)
            throws IOException, InterruptedException {
        for (String flag : flags.split("\\s+")) {
            if (!flag.startsWith("-XX:SharedArchiveFile=")) {
                continue;
            }
            Path archive = Path.of(flag.substring(flag.indexOf('=') + 1));
            if (Files.exists(archive)) {
                return;
            }
            Path sample = survey.resolveSibling("cds-sample.csv");
            try (var lines = Files.lines(survey)) {
                Files.write(sample, (Iterable<String>) lines.limit(2001)::iterator);
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            runProcess(List.of(java, "-Xmx" + heap, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(),
                    "heatmap", sample.toString(), "--segment", segment, "--format", "csv"));
            System.out.println("created " + archive + " (" + (Files.size(archive) >> 10) + " KiB)");
        }
    }

    /** Our {@code heatmap} command as a whole process: JVM start, reading, statistics, printing the CSV. */
    private static Side ours(String name, Path jar, String heap, String flags, Path survey, String segment) {
        return new Side() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Timed run() throws IOException, InterruptedException {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
                if (!flags.isEmpty()) {
                    command.addAll(Arrays.asList(flags.split("\\s+")));
                }
                command.addAll(List.of("-jar", jar.toString(), "heatmap", survey.toString(), "--segment", segment,
                        "--format", "csv"));
                long start = System.nanoTime();
                String output = runProcess(command);
                return new Timed(System.nanoTime() - start, parseOurCsv(output));
            }
        };
    }

    /** Native DuckDB through its Node bindings, as a whole process (node start, DuckDB load, query, print). */
    private static Side nodeDuckDb(Path survey, String segment) {
        if (!Files.isDirectory(NODE_SCRIPT.resolveSibling("node_modules/@duckdb/node-api"))) {
            throw new IllegalStateException("install DuckDB's Node bindings first: "
                    + "npm install --prefix src/test/bench-node --no-package-lock");
        }
        List<String> command = new ArrayList<>(List.of("node", NODE_SCRIPT.toString(), survey.toString(), segment));
        command.addAll(SurveyGenerator.TOUCHPOINTS);
        return new Side() {
            @Override
            public String name() {
                return "duckdb-node";
            }

            @Override
            public Timed run() throws IOException, InterruptedException {
                long start = System.nanoTime();
                String output = runProcess(command);
                long nanos = System.nanoTime() - start;
                Map<String, double[]> cells = new HashMap<>();
                for (String row : output.split("\n")) {
                    String[] f = row.split(",");
                    for (int t = 0; t < SurveyGenerator.TOUCHPOINTS.size(); t++) {
                        cells.put(f[0] + "|" + SurveyGenerator.TOUCHPOINTS.get(t),
                                new double[] {Double.parseDouble(f[1 + 2 * t]), Double.parseDouble(f[2 + 2 * t])});
                    }
                }
                return new Timed(nanos, cells);
            }
        };
    }

    /** DuckDB's JDBC driver in this JVM: a new connection, the query and fetching every row are timed. */
    private static Side jdbcDuckDb(Path survey, String segment) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection warmUp = DriverManager.getConnection("jdbc:duckdb:")) {
            warmUp.createStatement().execute("SELECT 1"); // loads the native library outside the timing
        }
        return new Side() {
            @Override
            public String name() {
                return "duckdb-jdbc";
            }

            @Override
            public Timed run() throws SQLException {
                long start = System.nanoTime();
                Map<String, double[]> cells = duckDbMeans(survey, segment);
                return new Timed(System.nanoTime() - start, cells);
            }
        };
    }

    private static String runProcess(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("heatmap", ".csv");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(command.get(0) + " exited with " + exit + ": " + command);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Per case-folded segment and touchpoint: {mean, n}. */
    private static Map<String, double[]> parseOurCsv(String csv) {
        Map<String, double[]> result = new HashMap<>();
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            if (!f[1].equals("All")) {
                result.put(f[1].toLowerCase(Locale.ROOT) + "|" + f[0],
                        new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[2])});
            }
        }
        return result;
    }

    private static Map<String, double[]> duckDbMeans(Path survey, String segment) throws SQLException {
        List<String> touchpoints = SurveyGenerator.TOUCHPOINTS;
        String select = touchpoints.stream()
                .map(t -> "avg(nullif(" + quote(t) + ", 0)), count(nullif(" + quote(t) + ", 0))")
                .collect(Collectors.joining(", "));
        String sql = "SELECT lower(trim(" + quote(segment) + ")) AS segment, " + select
                + " FROM read_csv('" + survey.toString().replace("'", "''") + "', header = true) GROUP BY 1";
        Map<String, double[]> result = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                for (int t = 0; t < touchpoints.size(); t++) {
                    result.put(rs.getString(1) + "|" + touchpoints.get(t),
                            new double[] {rs.getDouble(2 + 2 * t), rs.getLong(3 + 2 * t)});
                }
            }
        }
        return result;
    }

    private static void compare(String name, Map<String, double[]> ours, String otherName, Map<String, double[]> other) {
        if (!ours.keySet().equals(other.keySet())) {
            throw new IllegalStateException("different cells: " + name + " " + ours.keySet() + ", " + otherName + " "
                    + other.keySet());
        }
        List<String> differences = new ArrayList<>();
        ours.forEach((key, value) -> {
            double[] theirs = other.get(key);
            if (Math.abs(value[0] - theirs[0]) > 1e-9 || value[1] != theirs[1]) {
                differences.add(key + ": " + name + " " + Arrays.toString(value) + ", " + otherName + " "
                        + Arrays.toString(theirs));
            }
        });
        if (!differences.isEmpty()) {
            throw new IllegalStateException("results differ: " + differences);
        }
        System.out.println("results agree, " + name + " and " + otherName + ": " + ours.size()
                + " cells (segment × touchpoint), means within 1e-9, same n");
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
