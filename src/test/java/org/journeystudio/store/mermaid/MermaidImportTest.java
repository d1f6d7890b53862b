package org.journeystudio.store.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Journeys written by hand and by Mermaid's documentation, edited exports, and every kind of bad input. */
@FastTest
class MermaidImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"user-journey-syntax.mmd", "accessibility.mmd"})
    void everyExampleOfMermaidsDocumentationImports(String name) throws Exception {
        Path file = Path.of(getClass().getResource(name).toURI());
        MermaidJourney.Import read = MermaidJourney.read(file);
        JourneyMap map = read.map();
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Go to work", "Go home");
        assertThat(map.touchpoints()).extracting(Touchpoint::title)
                .containsExactly("Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down");
        assertThat(map.touchpoints()).extracting(t -> t.emotion().score()).containsExactly(2, 0, -2, 2, 2);
        assertThat(map.segments()).extracting(Segment::name).containsExactly("Me", "Cat");
        Touchpoint work = map.touchpoints().get(2);
        assertThat(work.satisfaction()).containsOnlyKeys(map.segments().get(0).id(), map.segments().get(1).id())
                .containsValue(1.0);
        assertThat(map.title()).isEqualTo(name.startsWith("user") ? "My working day" : "My day");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aHandWrittenJourneyReadsWithFrontMatterTasksBeforeASectionAndNoActors() throws Exception {
        MermaidJourney.Import read = MermaidRoundTripTest.read("""
                ---
                title: Recovery
                ---
                journey
                  %% a comment
                  # another comment
                  Detect: 2.5
                  section Decide
                    Review: 7: Ops, , Ops
                """, "r.mmd");
        JourneyMap map = read.map();
        assertThat(map.title()).isEqualTo("Recovery");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("", "Decide");
        assertThat(map.touchpoints().get(0).satisfaction()).isEmpty();
        assertThat(map.touchpoints().get(1).satisfaction()).containsValue(5.0).hasSize(1);
        assertThat(read.warnings()).singleElement().asString().contains("r.mmd:9:").contains("read as 5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "section A\\n  Tea: 5                     | 1 | 1 | starts with the line 'journey'",
            "journey\\n  tilte Working day          | 2 | 3 | 'tilte' is not a keyword",
            "journey\\n  section A\\n    Make tea 5 | 3 | 5 | has no ':'",
            "journey\\n  Make tea: five: Me         | 2 | 13 | 'five' is not a number",
            "journey\\n  Make tea:                  | 2 | 12 | no score",
            "journey\\n  Make; tea: 5               | 2 | 7 | ';' is not allowed",
            "journey\\n  section A: B               | 2 | 12 | cannot hold ':'",
            "journey\\n  : 5: Me                    | 2 | 3 | needs a name",
            "journey\\n  journeys: 5                | 2 | 3 | only on the first line",
            "journey\\n  accDescr {\\n  never closed | 2 | 13 | no closing"})
    void badInputIsRefusedAtItsLineAndColumn(String text, int line, int column, String says) {
        assertThatThrownBy(() -> MermaidRoundTripTest.read(text.replace("\\n", "\n"), "bad.mmd"))
                .isInstanceOfSatisfying(JourneyFormatException.class, e -> {
                    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
                    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
                })
                .hasMessageContaining(says).hasMessageStartingWith("bad.mmd:" + line + ":");
    }

    @Test
    void aFiveMegabyteLineIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.mmd");
        Files.writeString(file, "journey\n  section A\n  " + "x".repeat(5 << 20) + ": 3\n");
        assertThatThrownBy(() -> MermaidJourney.read(file)).isInstanceOfSatisfying(JourneyFormatException.class,
                e -> assertThat(e.line()).isEqualTo(3)).hasMessageContaining("over the limit of 1,048,576 characters");
    }

    @Test
    void aBrokenCommentIsReportedOnItsLine() {
        String text = MermaidJourney.toText(SampleMaps.shop("map-1")).replaceFirst("\"emotion\":\\{\"score\":-?\\d",
                "\"emotion\":{\"score\":9");
        assertThatThrownBy(() -> MermaidRoundTripTest.read(text, "c.mmd"))
                .isInstanceOf(JourneyFormatException.class).hasMessageMatching("c\\.mmd:\\d+:\\d+: .*");
    }

    @Test
    void whatTheDiagramShowsWinsOverItsCommentsWhenSomeoneEditedIt() throws Exception {
        JourneyMap map = ScenarioMaps.asIsAndToBe("map-e");
        Touchpoint pay = map.touchpoints().stream().filter(t -> t.title().equals(ScenarioMaps.EDITED)).findFirst()
                .orElseThrow();
        String text = MermaidJourney.toText(map)
                .replace("title " + map.title() + " (To-be)", "title Better shop (To-be)")
                .replace("section " + map.stages().get(0).name() + "\n", "section Look around\n")
                .replace(ScenarioMaps.EDITED + ": 4: ", "Pay with a tap: 1: ")
                .replace("journey\n", "journey\n    Hand-made: 4: Newcomers\n");

        MermaidJourney.Import read = MermaidRoundTripTest.read(text, "e.mmd");

        JourneyMap edited = read.map();
        assertThat(edited.title()).isEqualTo("Better shop");
        assertThat(edited.stages().get(1).name()).isEqualTo("Look around");
        Touchpoint readPay = edited.touchpoint(pay.id()).orElseThrow();
        assertThat(readPay.title()).isEqualTo("Pay with a tap");
        assertThat(readPay.emotion().score()).isEqualTo(-2);
        assertThat(readPay.satisfaction().values()).containsOnly(1.0);
        assertThat(readPay.painPoints()).isEqualTo(pay.painPoints());
        assertThat(edited.touchpoints()).extracting(Touchpoint::title).contains("Hand-made");
        assertThat(edited.segments()).extracting(Segment::name).contains("Newcomers");
        assertThat(edited.scenarios()).isEqualTo(map.scenarios().withStored(edited.scenarios().stored()));
        assertThat(read.warnings()).singleElement().asString().contains("1 task has no Journey Studio comment");
    }
}
