package org.journeystudio.killtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.StoredImport;
import org.journeystudio.testing.ChildJvm;
import org.journeystudio.testing.SampleMaps;

/**
 * {@code journey-studio import-survey} killed mid-way: each trial starts from the same library, runs the
 * command in a child and kills it at a random moment of a run; the library then holds either nothing of the
 * import (no stored respondents, the map as it was) or all of it (the respondents and the rated map).
 */
final class SurveyImportKills {
    static final String PROJECT = "aurora";
    private static final int RESPONDENTS = 60_000;

    private final Path folder;
    private final Path library;
    private final Path pristine;
    private final Path survey;
    private final JourneyMap before;
    private final JourneyMap rated;
    /** How long a whole run takes, from the child's start: kills fall anywhere in it. */
    private final long runMillis;

    SurveyImportKills(Path folder) throws IOException, InterruptedException {
        this.folder = folder;
        this.library = folder.resolve("library");
        this.pristine = folder.resolve("pristine.mv.db");
        this.survey = writeSurvey(folder.resolve("survey.csv"), RESPONDENTS);
        this.before = SampleMaps.airline(PROJECT);
        try (H2Library created = H2Library.open(library)) {
            created.create(before);
        }
        Files.copy(library.resolve("library.mv.db"), pristine);
        long started = System.nanoTime();
        try (ChildJvm child = start()) {
            List<String> lines = new ArrayList<>();
            for (String line = child.nextLine(120); line != null; line = child.nextLine(120)) {
                lines.add(line);
            }
            assertThat(lines).as("a whole run; stderr:%n%s", child.errors()).contains("exit 0");
        }
        this.runMillis = (System.nanoTime() - started) / 1_000_000;
        try (H2Library imported = H2Library.open(library)) {
            this.rated = imported.load(PROJECT).orElseThrow();
            assertThat(imported.surveyResponses().imports(PROJECT)).singleElement()
                    .extracting(StoredImport::respondents).isEqualTo((long) RESPONDENTS);
        }
        assertThat(timeless(rated)).as("the import rates the map").isNotEqualTo(timeless(before));
    }

    long runMillis() {
        return runMillis;
    }

    /** One trial; returns whether the import was found whole (true) or not at all (false). */
    boolean trial(Random random) throws IOException, InterruptedException {
        Kills.restore(pristine, library);
        long delay = random.nextLong(runMillis + 1);
        boolean[] finished = {false};
        try (ChildJvm child = start()) {
            Kills.killAfter(child, delay, line -> finished[0] |= line.equals("exit 0"));
        }
        Kills.assertOnlyLibraryFiles(library);
        try (H2Library reopened = H2Library.open(library)) {
            List<StoredImport> imports = reopened.surveyResponses().imports(PROJECT);
            JourneyMap map = reopened.load(PROJECT).orElseThrow();
            if (finished[0] || !imports.isEmpty()) {
                assertThat(imports).as("killed after %d ms: the import is whole", delay).singleElement()
                        .extracting(StoredImport::respondents).isEqualTo((long) RESPONDENTS);
                assertThat(timeless(map)).as("killed after %d ms with the import stored: the map is rated", delay)
                        .isEqualTo(timeless(rated));
                return true;
            }
            assertThat(map).as("killed after %d ms before the import: the map as it was", delay).isEqualTo(before);
            return false;
        }
    }

    private ChildJvm start() throws IOException {
        return ChildJvm.start(KilledCommand.class, folder.resolve("import-stderr.txt"), "import-survey",
                survey.toString(), "--project", PROJECT, "--segment", "Segment", "--scale", "1-5",
                "--library", library.toString());
    }

    /**
     * What an import writes into a map, in words: each run gives the segments fresh ids and the map a new saved
     * time, so the segments are named and the ratings listed by segment name.
     */
    private static List<String> timeless(JourneyMap map) {
        Map<String, String> names = new HashMap<>();
        List<String> text = new ArrayList<>();
        for (Segment segment : map.segments()) {
            names.put(segment.id(), segment.name());
            text.add("segment " + segment.name());
        }
        for (Touchpoint card : map.touchpoints()) {
            Map<String, Double> ratings = new TreeMap<>();
            card.satisfaction().forEach((segment, mean) -> ratings.put(names.get(segment), mean));
            text.add(card.toBuilder().satisfaction(Map.of()).build() + " rated " + ratings);
        }
        text.add(map.withTouchpoints(List.of()).withSegments(List.of()).withTimes(map.created(), Instant.EPOCH)
                .toString());
        return text;
    }

    /** A survey of {@code respondents} rows: a segment column and four touchpoint columns rated 1-5. */
    static Path writeSurvey(Path file, int respondents) throws IOException {
        Random random = new Random(7);
        String[] segments = {"Business", "Leisure", "Family"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Segment,Booking,Security,Meals,Crew\n");
            for (int row = 0; row < respondents; row++) {
                out.write(segments[random.nextInt(segments.length)]);
                for (int column = 0; column < 4; column++) {
                    out.write("," + (1 + random.nextInt(5)));
                }
                out.write('\n');
            }
        }
        return file;
    }
}
