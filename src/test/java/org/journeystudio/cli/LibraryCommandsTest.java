package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.SharedKind;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.usecase.SharedLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlowTest
class LibraryCommandsTest {
    @TempDir
    Path temp;

    private final CommandLineRun cli = new CommandLineRun();

    private JourneyMap retailer() {
        return new ResourceTemplateCatalog().instantiate("online-retailer", "Shop", Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void importedFileIsListedAndExportsBackUnchanged() throws Exception {
        Path library = temp.resolve("lib");
        Path in = temp.resolve("shop.journey.json");
        JourneyMap map = retailer();
        JourneyJson.write(map, in);

        assertThat(cli.run("import", in.toString(), "--library", library.toString())).isZero();
        assertThat(cli.run("--library", library.toString(), "list")).isZero();
        Path back = temp.resolve("back.journey.json");
        assertThat(cli.run("export", "--library", library.toString(), "--project", "shop", "--out", back.toString()))
                .isZero();

        assertThat(cli.out()).contains("Imported 'Shop' (" + map.touchpoints().size() + " touchpoints)")
                .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+" + map.touchpoints().size() + " touchpoints  Shop");
        assertThat(JourneyJson.read(back)).isEqualTo(map);
    }

    @Test
    void importingTheSameFileTwiceKeepsBothProjects() throws Exception {
        Path library = temp.resolve("lib");
        Path in = temp.resolve("shop.journey.json");
        JourneyJson.write(retailer(), in);

        cli.run("import", in.toString(), "--library", library.toString());
        cli.run("import", in.toString(), "--library", library.toString());

        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.list()).hasSize(2).allMatch(p -> p.title().equals("Shop"));
        }
    }

    @Test
    void malformedFileIsRefusedWithItsLineAndColumnAndTheLibraryStaysEmpty() throws Exception {
        Path library = temp.resolve("lib");
        Path bad = temp.resolve("bad.journey.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"map\": [\n");

        int exit = cli.run("import", bad.toString(), "--library", library.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).startsWith("journey-studio: bad.journey.json:4:1: Not valid JSON")
                .contains("[line: 3, column: 10]").doesNotContain("Exception").doesNotContain("REDACTED");
        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.list()).isEmpty();
        }
    }

    @Test
    void unknownProjectAndMissingFileGiveClearMessages() {
        Path library = temp.resolve("lib");

        assertThat(cli.run("export", "--library", library.toString(), "--project", "Nope", "--out", "x.json"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("No project called 'Nope' in the library");

        assertThat(cli.run("import", temp.resolve("missing.journey.json").toString(), "--library", library.toString()))
                .isEqualTo(1);
        assertThat(cli.err()).contains("no such file: ").contains("missing.journey.json");
    }

    @Test
    void renderTakesAProjectFromTheLibrary() throws Exception {
        Path library = temp.resolve("lib");
        try (H2Library opened = NewLibraries.open(library)) {
            opened.create(retailer());
        }
        Path svg = temp.resolve("shop.svg");

        assertThat(cli.run("render", "--project", "Shop", "--library", library.toString(), "--out", svg.toString()))
                .isZero();

        String text = Files.readString(svg);
        for (var touchpoint : retailer().touchpoints()) {
            assertThat(text).contains(">" + touchpoint.title().replace("&", "&amp;").split(" ")[0]);
        }
    }

    @Test
    void sharedListsAPersonaOfTwoProjectsOnceWithBothAndFiltersByKind() throws Exception {
        Path library = temp.resolve("lib");
        try (H2Library opened = NewLibraries.open(library)) {
            opened.create(SampleMaps.retailer().withId("map-shoes").withTitle("Shoes"));
            opened.create(SampleMaps.withoutActionPlan(SampleMaps.retailer()).withId("map-bags").withTitle("Bags")
                    .withPersonas(List.of()));
            SharedLibrary shared = SharedLibrary.of(opened).orElseThrow();
            shared.shareInto(shared.entries(SharedKind.PERSONA, "Ana").get(0), "map-bags", null);
        }

        assertThat(cli.run("shared", "--library", library.toString(), "--kind", "persona")).isZero();
        assertThat(cli.out()).containsOnlyOnce("Ana").contains("Personas (2)")
                .contains("  Ana  (shared by 2 projects: Bags, Shoes)").contains("  Ben  (Shoes)")
                .doesNotContain("Pain points").doesNotContain("Slow");

        CommandLineRun json = new CommandLineRun();
        assertThat(json.run("shared", "--library", library.toString(), "--format", "json")).isZero();
        JsonNode items = new ObjectMapper().readTree(json.out()).get("items");
        List<JsonNode> anas = items.findParents("text").stream().filter(i -> i.get("text").asText().equals("Ana"))
                .toList();
        assertThat(anas).singleElement().satisfies(ana -> {
            assertThat(ana.get("kind").asText()).isEqualTo("persona");
            assertThat(ana.get("shared").asBoolean()).isTrue();
            assertThat(ana.get("uses").findValuesAsText("project")).containsExactlyInAnyOrder("Shoes", "Bags");
        });
        assertThat(items.findValuesAsText("kind")).contains("pain-point", "opportunity");

        CommandLineRun csv = new CommandLineRun();
        assertThat(csv.run("shared", "--library", library.toString(), "--kind", "pain-point", "--format", "csv"))
                .isZero();
        assertThat(csv.out().lines()).first().isEqualTo("kind,text,shared_id,project,project_id,card");
        assertThat(csv.out().lines().skip(1)).isNotEmpty().allMatch(line -> line.startsWith("pain-point,"));

        assertThat(cli.run("shared", "--library", library.toString(), "--kind", "journey")).isEqualTo(2);
        assertThat(cli.err()).contains("--kind: expected persona, pain-point, opportunity, not 'journey'");
    }

    @Test
    void aMapFileAloneIsTheFileToOpenNotACommand() {
        StudioCommandLine.Outcome outcome = cli.outcome("--library", "lib", "shop.journey.json");

        assertThat(outcome).isEqualTo(new StudioCommandLine.OpenWindow(Path.of("lib"), Path.of("shop.journey.json")));
        assertThat(cli.outcome())
                .isEqualTo(new StudioCommandLine.OpenWindow(null, null));
    }

    @Test
    void helpAndVersionPrintAndExitZero() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("Usage: journey-studio").contains("heatmap").contains("render")
                .contains("--library");
        assertThat(cli.run("heatmap", "--help")).isZero();
        assertThat(cli.out()).contains("journey-studio heatmap SURVEY.csv --segment COLUMN")
                .contains("--skip-bad-rows").contains("Exit codes");
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out()).containsPattern("Journey Studio \\S+");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void unknownOptionsAndStrayArgumentsAreUsageErrors() {
        assertThat(cli.run("--colour")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown option --colour");
        assertThat(cli.run("list", "--sort")).isEqualTo(2);
        assertThat(cli.err()).contains("--sort").contains("journey-studio list --help");
        assertThat(cli.run("export", "--proj", "Shop", "--out", "x.json")).isEqualTo(2);   // no guessing of "--project"
        assertThat(cli.run("lsit", "now")).isEqualTo(2);
        assertThat(cli.err()).contains("'lsit' is not a command");
    }
}
