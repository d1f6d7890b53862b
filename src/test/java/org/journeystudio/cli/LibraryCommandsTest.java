package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlowTest
class LibraryCommandsTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StudioCommandLine.standard().execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JourneyMap retailer() {
        return new ResourceTemplateCatalog().instantiate("online-retailer", "Shop", Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void importedFileIsListedAndExportsBackUnchanged() throws Exception {
        Path library = temp.resolve("lib");
        Path in = temp.resolve("shop.journey.json");
        JourneyMap map = retailer();
        JourneyJson.write(map, in);

        assertThat(run("import", in.toString(), "--library", library.toString())).isZero();
        assertThat(run("--library", library.toString(), "list")).isZero();
        Path back = temp.resolve("back.journey.json");
        assertThat(run("export", "--library", library.toString(), "--project", "shop", "--out", back.toString()))
                .isZero();

        assertThat(out.toString()).contains("Imported 'Shop' (" + map.touchpoints().size() + " touchpoints)")
                .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+" + map.touchpoints().size() + " touchpoints  Shop");
        assertThat(JourneyJson.read(back)).isEqualTo(map);
    }

    @Test
    void importingTheSameFileTwiceKeepsBothProjects() throws Exception {
        Path library = temp.resolve("lib");
        Path in = temp.resolve("shop.journey.json");
        JourneyJson.write(retailer(), in);

        run("import", in.toString(), "--library", library.toString());
        run("import", in.toString(), "--library", library.toString());

        try (H2Library opened = H2Library.open(library)) {
            assertThat(opened.list()).hasSize(2).allMatch(p -> p.title().equals("Shop"));
        }
    }

    @Test
    void malformedFileIsRefusedWithItsLineAndColumnAndTheLibraryStaysEmpty() throws Exception {
        Path library = temp.resolve("lib");
        Path bad = temp.resolve("bad.journey.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"map\": [\n");

        int exit = run("import", bad.toString(), "--library", library.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("journey-studio: bad.journey.json:4:1: Not valid JSON")
                .contains("[line: 3, column: 10]").doesNotContain("Exception").doesNotContain("REDACTED");
        try (H2Library opened = H2Library.open(library)) {
            assertThat(opened.list()).isEmpty();
        }
    }

    @Test
    void unknownProjectAndMissingFileGiveClearMessages() {
        Path library = temp.resolve("lib");

        assertThat(run("export", "--library", library.toString(), "--project", "Nope", "--out", "x.json"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("No project called 'Nope' in the library");

        assertThat(run("import", temp.resolve("missing.journey.json").toString(), "--library", library.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no such file: ").contains("missing.journey.json");
    }

    @Test
    void renderTakesAProjectFromTheLibrary() throws Exception {
        Path library = temp.resolve("lib");
        try (H2Library opened = H2Library.open(library)) {
            opened.create(retailer());
        }
        Path svg = temp.resolve("shop.svg");

        assertThat(run("render", "--project", "Shop", "--library", library.toString(), "--out", svg.toString()))
                .isZero();

        String text = Files.readString(svg);
        for (var touchpoint : retailer().touchpoints()) {
            assertThat(text).contains(">" + touchpoint.title().replace("&", "&amp;").split(" ")[0]);
        }
    }

    @Test
    void aMapFileAloneIsTheFileToOpenNotACommand() {
        StudioCommandLine.Outcome outcome = StudioCommandLine.standard()
                .run(new String[] {"--library", "lib", "shop.journey.json"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(outcome).isEqualTo(new StudioCommandLine.OpenWindow(Path.of("lib"), Path.of("shop.journey.json")));
        assertThat(StudioCommandLine.standard().run(new String[0], new PrintWriter(out), new PrintWriter(err)))
                .isEqualTo(new StudioCommandLine.OpenWindow(null, null));
    }

    @Test
    void helpAndVersionPrintAndExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: journey-studio").contains("heatmap").contains("render")
                .contains("--library");
        assertThat(run("heatmap", "--help")).isZero();
        assertThat(out.toString()).contains("journey-studio heatmap SURVEY.csv --segment COLUMN")
                .contains("--skip-bad-rows").contains("Exit codes");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("Journey Studio \\S+");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknownOptionsAndStrayArgumentsAreUsageErrors() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown option --colour");
        assertThat(run("list", "--sort")).isEqualTo(2);
        assertThat(err.toString()).contains("--sort").contains("journey-studio list --help");
        assertThat(run("export", "--proj", "Shop", "--out", "x.json")).isEqualTo(2);   // no guessing of "--project"
        assertThat(run("lsit", "now")).isEqualTo(2);
        assertThat(err.toString()).contains("'lsit' is not a command");
    }
}
