package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of {@code docs/limits.md} that a {@code .journey.json} file or a path can break is refused through the
 * command line with its one-line message, at once, and a refused import leaves the library as it was.
 */
@SlowTest
class InputLimitsTest {
    /** Generous for a refusal that should take milliseconds, tight against a hang or a 5 GB read. */
    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = assertTimeoutPreemptively(AT_ONCE, () -> StudioCommandLine.standard()
                .execute(args, new PrintWriter(out, true), new PrintWriter(err, true)));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path library() {
        return temp.resolve("lib");
    }

    /** import, render and heatmap on one path: each must refuse it with exit 1 and the given words. */
    private void allThreeRefuse(Path file, String... words) {
        Path out = temp.resolve("out.svg");
        List<Run> runs = List.of(run("import", file.toString(), "--library", library().toString()),
                run("render", file.toString(), "--out", out.toString()),
                run("heatmap", file.toString(), "--segment", "Segment"));
        for (Run refused : runs) {
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err()).contains(words).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void devZeroIsRefusedBeforeAByteIsRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero (Linux, as on CI)");

        allThreeRefuse(zero, "zero: This is a device or pipe, which may never end",
                "give the path of a");
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "mkfifo is tested on Linux (CI)");
        Path fifo = temp.resolve("pipe.journey.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();

        allThreeRefuse(fifo, "pipe.journey.json: This is a device or pipe");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("maps.journey.json"));

        allThreeRefuse(folder, "This is a folder");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path huge = temp.resolve("huge.journey.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(25L * 1024 * 1024);
        }

        Run imported = run("import", huge.toString(), "--library", library().toString());
        Run rendered = run("render", huge.toString(), "--out", temp.resolve("out.png").toString());

        for (Run refused : List.of(imported, rendered)) {
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("huge.journey.json: The file is 25 MB, over the limit of 20 MB for a"
                    + " .journey.json file; check that it is a journey map exported by Journey Studio");
        }
    }

    @Test
    void deepNestingInAPersonaIconIsAOneLineRefusalNotAStackOverflow() throws Exception {
        Path deep = temp.resolve("deep.journey.json");
        String prefix = "{\"formatVersion\": 1, \"map\": {\"id\": \"m\", \"title\": \"T\", \"personas\": [{\"id\": \"p\","
                + " \"name\": \"P\", \"icon\": ";
        Files.writeString(deep, prefix + "[".repeat(200_000) + "]".repeat(200_000) + "}]}}");

        Run imported = run("import", deep.toString(), "--library", library().toString());
        Run rendered = run("render", deep.toString(), "--out", temp.resolve("out.svg").toString());

        for (Run refused : List.of(imported, rendered)) {
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).startsWith("journey-studio: deep.journey.json:1:")
                    .contains("nesting of lists and objects here is 65 levels deep, over the limit of 64 levels")
                    .doesNotContain("StackOverflow");
        }
    }

    @Test
    void aTwoMillionCharacterIdLeavesTheLibraryUnchangedAndOpenable() throws Exception {
        Path shop = temp.resolve("shop.journey.json");
        JourneyJson.write(SampleMaps.retailer(), shop);
        assertThat(run("import", shop.toString(), "--library", library().toString()).exitCode()).isZero();
        assertThat(run("import", shop.toString(), "--library", library().toString()).exitCode()).isZero();
        Path libraryFile = library().resolve("library.mv.db");
        long sizeBefore = Files.size(libraryFile);
        Path longId = temp.resolve("long-id.journey.json");
        Files.writeString(longId, "{\"formatVersion\": 1, \"map\": {\"id\": \"" + "x".repeat(2_000_000)
                + "\", \"title\": \"Huge\"}}");

        long start = System.nanoTime();
        Run refused = run("import", longId.toString(), "--library", library().toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("journey-studio: long-id.journey.json:1:")
                .contains("\"id\" is at least", "over the limit of 500,000 characters for any text");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        // Opening and closing may write a page or two; a grown library would be megabytes larger.
        assertThat(Files.size(libraryFile)).isLessThan(sizeBefore + 512 * 1024);
        try (H2Library opened = NewLibraries.open(library())) {
            assertThat(opened.list()).extracting(ProjectSummary::title).containsExactly("Online retailer", "Online retailer");
        }
        assertThat(run("--library", library().toString(), "list").out()).contains("Online retailer");
    }

    @Test
    void aTouchpointTextOverItsLimitIsRefusedAtItsPlaceByImportAndRender() throws Exception {
        JourneyMap map = SampleMaps.checkout();
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow();
        Path file = temp.resolve("owner.journey.json");
        Files.writeString(file, JourneyJson.toJson(map.withTouchpoint(pay.toBuilder().owner("o".repeat(10_000))
                .build())));

        Run imported = run("import", file.toString(), "--library", library().toString());
        Run rendered = run("render", file.toString(), "--out", temp.resolve("out.svg").toString());

        for (Run refused : List.of(imported, rendered)) {
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).containsPattern("owner\\.journey\\.json:\\d+:\\d+: The owner of touchpoint"
                    + " 'Pay' is 10,000 characters, over the limit of 200 characters; shorten it");
        }
        assertThat(library().resolve("library.mv.db")).satisfiesAnyOf(
                lib -> assertThat(lib).doesNotExist(),
                lib -> assertThat(NewLibraries.open(library()).list()).isEmpty());
    }

    @Test
    void tooManyTouchpointsAreRefused() throws Exception {
        JourneyMap map = SampleMaps.checkout();
        List<Touchpoint> cards = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            cards.add(Touchpoint.builder("tp-" + i, "st-buy", "lane-tp").order(i).build());
        }
        Path file = temp.resolve("many.journey.json");
        Files.writeString(file, JourneyJson.toJson(map.withTouchpoints(cards)));

        Run refused = run("import", file.toString(), "--library", library().toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("The list of touchpoints of the map is 10,001 touchpoints, over the limit"
                + " of 10,000 touchpoints; split the map or remove some");
    }

    @Test
    void aThousandDigitNumberAndALongFieldNameAreRefusedWithTheirLimits() throws Exception {
        Path number = temp.resolve("number.journey.json");
        Files.writeString(number, "{\"formatVersion\": 1" + "0".repeat(1_000) + ", \"map\": {}}");
        Path name = temp.resolve("name.journey.json");
        Files.writeString(name, "{\"formatVersion\": 1, \"" + "n".repeat(5_000) + "\": 1}");

        Run longNumber = run("render", number.toString(), "--out", temp.resolve("n.svg").toString());
        Run longName = run("render", name.toString(), "--out", temp.resolve("m.svg").toString());

        assertThat(longNumber.exitCode()).isEqualTo(1);
        assertThat(longNumber.err()).startsWith("journey-studio: number.journey.json:1:")
                .contains("over the limit of 100 digits");
        assertThat(longName.exitCode()).isEqualTo(1);
        assertThat(longName.err()).startsWith("journey-studio: name.journey.json:1:")
                .contains("A field name is", "over the limit of 1,000 characters");
    }
}
