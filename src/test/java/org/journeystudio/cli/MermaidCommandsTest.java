package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --out map.mmd} and {@code import map.mmd}: the map goes out and comes back; bad input stays out. */
@SlowTest
class MermaidCommandsTest {
    @TempDir
    Path temp;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void aRenderedJourneyImportsAsTheSameMap() throws Exception {
        JourneyMap map = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
                Instant.parse("2026-03-01T10:00:00Z"));
        Path json = temp.resolve("shop.journey.json");
        JourneyJson.write(map, json);
        Path mmd = temp.resolve("shop.mmd");

        assertThat(cli.run("render", json.toString(), "--out", mmd.toString())).isZero();
        assertThat(Files.readString(mmd)).startsWith("journey\n").contains("    title Shop\n");
        Path library = temp.resolve("lib");
        assertThat(cli.run("import", mmd.toString(), "--library", library.toString())).as(cli.err()).isZero();

        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.load(map.id()).orElseThrow()).isEqualTo(map);
        }
        assertThat(cli.out()).contains("Imported 'Shop'");
    }

    @Test
    void aClampedScoreIsAWarningAndABadLineLeavesTheLibraryEmpty() throws Exception {
        Path library = temp.resolve("lib");
        Path clamped = temp.resolve("day.mmd");
        Files.writeString(clamped, "journey\n  section Work\n    Make tea: 9: Me\n");
        assertThat(cli.run("import", clamped.toString(), "--library", library.toString())).isZero();
        assertThat(cli.err()).contains("journey-studio: warning: day.mmd:3:15: The score 9 is outside");

        Path bad = temp.resolve("bad.mmd");
        Files.writeString(bad, "journey\n  section Work\n    Make tea: lots: Me\n");
        Path other = temp.resolve("other");
        assertThat(cli.run("import", bad.toString(), "--library", other.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("journey-studio: bad.mmd:3:15: The score 'lots' is not a number");
        try (H2Library opened = NewLibraries.open(other)) {
            assertThat(opened.list()).isEmpty();
        }
    }
}
