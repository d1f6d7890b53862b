package org.journeystudio.ratings;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.survey.SurveyReader;
import org.journeystudio.survey.bench.SurveyGenerator;

/**
 * Survey import benchmark (a main, see docs/benchmarks.md "Survey import"): imports the generated
 * 1,000,000-row survey into a fresh library and reports the time and peak heap, then times switching the
 * heatmap's segment column (reading the count table and computing every cell) and one cross-segment query.
 * Run with {@code -Xmx512m}.
 */
public final class SurveyImportBenchmark {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path survey = Path.of("target/bench/survey-" + rows + ".csv");
        if (!Files.exists(survey)) {
            SurveyGenerator.write(survey, rows);
        }
        Path folder = Files.createTempDirectory("survey-import-bench");
        try (H2Library library = H2Library.open(folder)) {
            library.create(JourneyMap.blank("bench", "Benchmark", Instant.now()));
            SurveyFormat format = SurveyReader.inspect(survey);
            SurveyImportPlan plan = plan(format);
            SurveyResponses responses = library.surveyResponses();
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long id = SurveyImports.run(responses, "bench", plan, true, n -> { }, () -> false);
            long importMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("import: %d rows in %d ms, peak heap %d MiB (max heap %d MiB)%n", rows, importMs,
                    peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 0; round < 3; round++) {
                for (int s = 0; s < plan.segments().size(); s++) {
                    long t = System.nanoTime();
                    ResponseCounts counts = responses.counts(id, s);
                    SegmentHeatmap heatmap = SegmentHeatmap.of(counts, plan.ratings().stream().map(r -> r.touchpoint()).toList(),
                            plan.ratings().stream().map(r -> r.scale()).toList(), 30);
                    int cells = heatmap.cells().size() * heatmap.segments().size();
                    System.out.printf("switch to segment column '%s': %d cells in %.1f ms%n",
                            plan.segments().get(s).name(), cells, (System.nanoTime() - t) / 1e6);
                }
            }
            long t = System.nanoTime();
            ResponseCounts cross = responses.crossCounts(id, 0, 1);
            System.out.printf("cross segments (%d pairs) from the stored responses: %d ms%n", cross.labels().size(),
                    (System.nanoTime() - t) / 1_000_000);
        }
    }

    private static SurveyImportPlan plan(SurveyFormat format) {
        List<SurveyColumn> segments = new ArrayList<>();
        for (String name : List.of("Travel class", "Customer type", "Region")) {
            segments.add(format.column(name));
        }
        List<SurveyColumn> ratings = format.columns().subList(5, format.columns().size());
        return SurveyImports.plan(format, segments, ratings, ScaleChoices.defaults(),
                List.of(Map.of(), Map.of(), Map.of()));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
