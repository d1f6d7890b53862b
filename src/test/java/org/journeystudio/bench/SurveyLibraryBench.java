package org.journeystudio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.RatingSource;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.store.ResponseSource;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;

/**
 * Survey imports at scale in each kind of library (not a unit test): stores {@code rows} generated respondents
 * (three segment columns, eight 1-5 rating columns, some empty and opted-out answers) into a local library (H2,
 * INSERT per block of 4096) and a team library (PostgreSQL on the test cluster, COPY in binary), then computes the
 * heatmap from each: one segment column (the count table written during the import) and two crossed columns (one
 * streamed pass over the stored blocks). Prints the times and the peak heap of each step. The survey file's
 * reading is not in it (see {@code survey.bench.HeatmapBenchmark}): this times the library alone.
 *
 * <p>Run with a stated heap, e.g. {@code java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.journeystudio.bench.SurveyLibraryBench [rows] [rounds]}.
 */
public final class SurveyLibraryBench {
    private static final List<String> SEGMENTS = List.of("Travel class", "Customer type", "Region");
    private static final String[][] LABELS = {{"Economy", "Premium", "Business"},
        {"New", "Returning", "Frequent flyer"}, {"North", "South", "East", "West", "Abroad"}};
    private static final int RATINGS = 8;

    private SurveyLibraryBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf(Locale.ROOT, "%,d respondents, %d rounds, max heap %d MiB, %d cores, load %.2f%n", rows,
                rounds, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path temp = Files.createTempDirectory("survey-library-bench");
        PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
        Path pgpass = temp.resolve("pgpass");
        Files.writeString(pgpass, "*:*:*:*:" + database.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        TeamLibraryAddress address = TeamLibraryAddress.parse(database.libraryUrl(), Map.of("PGUSER", database.user()));
        for (int round = 1; round <= rounds; round++) {
            String project = "bench-" + round;
            try (H2Library h2 = H2Library.open(temp.resolve("h2"))) {
                run("H2         round " + round, h2, project, rows);
            }
            try (PostgresLibrary postgres = PostgresLibrary.open(address)) {
                run("PostgreSQL round " + round, postgres, project, rows);
            }
        }
    }

    private static void run(String side, JdbcLibrary library, String project, int rows) {
        library.create(SampleMaps.small(project, 2).withTitle(project));
        SurveyResponses responses = library.surveyResponses();
        long id = timed(side + " import", () -> responses.importResponses(header(project), respondents(rows)));
        ResponseCounts byClass = timed(side + " heatmap by one column", () -> responses.counts(id, 0));
        ResponseCounts crossed = timed(side + " heatmap, two columns crossed", () -> responses.crossCounts(id, 0, 1));
        if (byClass.labels().size() != 3 || crossed.labels().size() != 9 || byClass.total(0, 0)
                + byClass.total(0, 1) + byClass.total(0, 2) + byClass.total(0, 3) + byClass.total(0, 4) == 0) {
            throw new IllegalStateException("unexpected heatmap: " + byClass.labels() + " " + crossed.labels());
        }
    }

    private static ResponseImport header(String project) {
        AnswerScale scale = AnswerScale.parse("1-5");
        return new ResponseImport(project, "generated.csv", Instant.parse("2026-12-05T08:00:00Z"), "spreadsheet",
                RatingSource.IMPORTED, SEGMENTS, java.util.stream.IntStream.range(0, RATINGS)
                        .mapToObj(r -> new ResponseImport.RatedColumn("Touchpoint " + r, scale, null)).toList());
    }

    private static ResponseSource respondents(int rows) {
        return sink -> {
            SplittableRandom random = new SplittableRandom(24);
            String[] labels = new String[SEGMENTS.size()];
            int[] ratings = new int[RATINGS];
            for (int i = 0; i < rows; i++) {
                for (int s = 0; s < labels.length; s++) {
                    labels[s] = LABELS[s][random.nextInt(LABELS[s].length)];
                }
                for (int r = 0; r < RATINGS; r++) {
                    int roll = random.nextInt(20);
                    ratings[r] = roll == 0 ? -1 : roll == 1 ? -2 : roll % 5;
                }
                sink.accept(i + 2, labels, ratings);
            }
        };
    }

    private static <T> T timed(String what, Supplier<T> work) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        T result = work.get();
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%-52s %8.0f ms   peak heap %4d MiB%n", what, nanos / 1e6, peak >> 20);
        return result;
    }
}
