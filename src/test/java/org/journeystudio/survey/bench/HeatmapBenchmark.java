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
 * ({@code java -Xmx512m -jar target/journey-studio.jar heatmap ...}, JVM start included) against DuckDB's JDBC
 * driver computing the same per-segment means in-process, on a generated 1,000,000-row survey, checks that both
 * found the same means and counts, and prints our time ÷ DuckDB's time.
 *
 * <p>Run with {@code ./mvnw -B -Pbench package -DskipTests exec:java} (the {@code bench} profile puts DuckDB on
 * the test class path). Arguments: {@code [rows] [runs] [segment column]}.
 */
public final class HeatmapBenchmark {
    private HeatmapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String segment = args.length > 2 ? args[2] : "Travel class";
        Path jar = Path.of("target/journey-studio.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: ./mvnw -q -B package -DskipTests");
        }
        Path survey = Path.of("target/bench/survey-" + rows + ".csv");
        if (!Files.exists(survey)) {
            SurveyGenerator.write(survey, rows);
        }
        System.out.printf(Locale.ROOT, "survey: %s, %,d rows, %d MiB; segment column '%s'; %d runs each%n",
                survey, rows, Files.size(survey) >> 20, segment, runs);
        System.out.printf(Locale.ROOT, "cores: %d, load average at start: %.2f%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection warmUp = DriverManager.getConnection("jdbc:duckdb:")) {
            warmUp.createStatement().execute("SELECT 1"); // loads the native library outside the timing
        }
        long[] ours = new long[runs];
        long[] duck = new long[runs];
        Map<String, double[]> ourResult = null;
        Map<String, double[]> duckResult = null;
        for (int run = 0; run < runs; run++) {
            // Alternate the two so that a burst of load from other processes hits both alike.
            long start = System.nanoTime();
            String output = runHeatmapCommand(jar, survey, segment);
            ours[run] = System.nanoTime() - start;
            start = System.nanoTime();
            duckResult = duckDbMeans(survey, segment);
            duck[run] = System.nanoTime() - start;
            ourResult = parseCsv(output);
            System.out.printf(Locale.ROOT, "run %d: heatmap %6d ms   duckdb %6d ms%n", run + 1, ours[run] / 1_000_000,
                    duck[run] / 1_000_000);
        }
        compare(ourResult, duckResult);
        double ourMedian = median(ours) / 1e6;
        double duckMedian = median(duck) / 1e6;
        System.out.printf(Locale.ROOT, "median: heatmap %.0f ms, duckdb %.0f ms; best: heatmap %.0f ms, duckdb %.0f ms%n",
                ourMedian, duckMedian, Arrays.stream(ours).min().orElseThrow() / 1e6,
                Arrays.stream(duck).min().orElseThrow() / 1e6);
        System.out.printf(Locale.ROOT, "ratio (our time / DuckDB's time, medians): %.2f %s%n", ourMedian / duckMedian,
                ourMedian <= duckMedian ? "(target <= 1.0 met)" : "(target <= 1.0 NOT met)");
    }

    private static String runHeatmapCommand(Path jar, Path survey, String segment) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile("heatmap", ".csv");
        try {
            Process process = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "heatmap", survey.toString(),
                    "--segment", segment, "--format", "csv")
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("heatmap exited with " + exit);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Per case-folded segment and touchpoint: {mean, n}. */
    private static Map<String, double[]> parseCsv(String csv) {
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

    private static void compare(Map<String, double[]> ours, Map<String, double[]> duck) {
        if (!ours.keySet().equals(duck.keySet())) {
            throw new IllegalStateException("different cells: ours " + ours.keySet() + ", DuckDB " + duck.keySet());
        }
        List<String> differences = new ArrayList<>();
        ours.forEach((key, value) -> {
            double[] other = duck.get(key);
            if (Math.abs(value[0] - other[0]) > 1e-9 || value[1] != other[1]) {
                differences.add(key + ": ours " + Arrays.toString(value) + ", DuckDB " + Arrays.toString(other));
            }
        });
        if (!differences.isEmpty()) {
            throw new IllegalStateException("results differ: " + differences);
        }
        System.out.println("results agree: " + ours.size() + " cells (segment × touchpoint), means within 1e-9, "
                + "same n");
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
