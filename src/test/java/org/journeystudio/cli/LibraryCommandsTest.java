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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LibraryCommandsTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = StudioCommandLine.create(new StudioCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
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
        StudioCommand root = new StudioCommand();
        CommandLine.ParseResult parsed = StudioCommandLine.create(root)
                .parseArgs("--library", "lib", "shop.journey.json");

        assertThat(parsed.hasSubcommand()).isFalse();
        assertThat(root.mapFile()).isEqualTo(Path.of("shop.journey.json"));
        assertThat(root.library()).isEqualTo(Path.of("lib"));
        assertThat(StudioCommandLine.create(new StudioCommand()).parseArgs("list").hasSubcommand()).isTrue();
    }
}
