package org.journeystudio.killtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.ChildJvm;
import org.journeystudio.testing.SampleMaps;

/**
 * {@code journey-studio export} killed mid-write over an earlier {@code .journey.json}: the file afterwards reads
 * as the old map or as the new one, whole, and never as part of either.
 */
final class ExportKills {
    private static final String PROJECT = "map-large";

    private final Path folder;
    private final Path library;
    private final Path file;
    private final JourneyMap oldMap;
    private final JourneyMap newMap;
    private final long runMillis;

    ExportKills(Path folder) throws Exception {
        this.folder = folder;
        this.library = folder.resolve("library");
        this.file = folder.resolve("exports").resolve("large.journey.json");
        Files.createDirectories(file.getParent());
        this.newMap = SampleMaps.longMap(60, 2000, 42);
        this.oldMap = newMap.withTitle("The old export");
        try (H2Library created = H2Library.open(library)) {
            created.create(newMap);
        }
        long started = System.nanoTime();
        try (ChildJvm child = start()) {
            List<String> lines = new ArrayList<>();
            for (String line = child.nextLine(120); line != null; line = child.nextLine(120)) {
                lines.add(line);
            }
            assertThat(lines).as("a whole run; stderr:%n%s", child.errors()).contains("exit 0");
        }
        this.runMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(JourneyJson.read(file)).isEqualTo(newMap);
    }

    long runMillis() {
        return runMillis;
    }

    /** One trial; returns whether the new map had replaced the old one when the child was killed. */
    boolean trial(Random random) throws Exception {
        JourneyJson.write(oldMap, file);
        long delay = random.nextLong(runMillis + 1);
        boolean[] finished = {false};
        try (ChildJvm child = start()) {
            Kills.killAfter(child, delay, line -> finished[0] |= line.equals("exit 0"));
        }
        JourneyMap read = JourneyJson.read(file);
        if (finished[0]) {
            assertThat(read).as("killed after %d ms, once it said it had exported", delay).isEqualTo(newMap);
        } else {
            assertThat(read).as("killed after %d ms: the old file whole, or the new one", delay).isIn(oldMap, newMap);
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            // The trial's own write of the old map removed the part-files of earlier killed exports.
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> !name.equals("large.journey.json")))
                    .as("besides the export, at most the hidden part-file of the write that was killed")
                    .hasSizeLessThanOrEqualTo(1).allMatch(name -> name.startsWith(".large.journey.json."));
        }
        return read.equals(newMap);
    }

    private ChildJvm start() throws IOException {
        return ChildJvm.start(KilledCommand.class, folder.resolve("export-stderr.txt"), "export", "--project",
                PROJECT, "--out", file.toString(), "--library", library.toString());
    }
}
