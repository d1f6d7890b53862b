package org.journeystudio.store.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** A touchpoint inventory as teams keep it becomes a map; a sheet with a bad cell becomes a message, not a map. */
@FastTest
class TouchpointSheetTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theHeaderNamesItsFieldsInAnyUsualWording() {
        SheetColumns columns = SheetColumns.guess(List.of("PHASE", "Name", "feeling", "Pain_Points", "CSAT Business",
                "Satisfaction (Leisure)", "Satisfaction: New customers", "Remarks", "Title"));

        assertThat(columns.field(0)).contains(SheetField.STAGE);
        assertThat(columns.field(1)).contains(SheetField.TITLE);
        assertThat(columns.field(2)).contains(SheetField.EMOTION);
        assertThat(columns.field(3)).contains(SheetField.PAIN_POINTS);
        assertThat(columns.satisfactionColumns()).containsExactly(4, 5, 6);
        assertThat(List.of(4, 5, 6)).extracting(columns::segmentName)
                .containsExactly("Business", "Leisure", "New customers");
        assertThat(columns.field(7)).as("a name no field has").isEmpty();
        assertThat(columns.field(8)).as("Title after Name: the first column keeps the field").isEmpty();
        assertThat(columns.problems()).isEmpty();
    }

    @Test
    void aHandWrittenInventoryBecomesAMapInTheOrderOfItsRows() throws Exception {
        JourneyMap map = read(
                row("Step", "Touchpoint", "Lane", "Channel", "Emotion", "Pain points", "Opportunities", "CSAT"),
                row("Search", "Find the shop", "", "Website", "happy", "", "", "6"),
                row("Buy", "Pay", "", "App", "-2", "Card refused (severity 3)\nSlow", "One-click pay", "2"),
                row("", "", "", "", "", "", "", ""),
                row("Search", "Ask a friend", "Word of mouth", "", "annoyed", "", "", ""),
                row("Buy", "Bank checks the card", "Backstage", "", "0", "", "", "7"));

        assertThat(map.title()).isEqualTo("Shop");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Search", "Buy");
        assertThat(map.lanes()).extracting(Lane::kind).containsExactly(LaneKind.TOUCHPOINTS, LaneKind.CUSTOM,
                LaneKind.CHANNEL, LaneKind.EMOTION, LaneKind.EXPECTATIONS, LaneKind.PAIN_POINTS,
                LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE);
        assertThat(map.lanes()).extracting(Lane::title).startsWith("Touchpoints", "Word of mouth").endsWith("Backstage");
        assertThat(map.touchpointsInJourneyOrder()).extracting(Touchpoint::title)
                .containsExactly("Find the shop", "Ask a friend", "Pay", "Bank checks the card");
        Touchpoint pay = card(map, "Pay");
        assertThat(pay.emotion()).isEqualTo(Emotion.of(-2));
        assertThat(pay.channel().kind()).isEqualTo(ChannelKind.MOBILE_APP);
        assertThat(pay.channel().label()).isEqualTo("App");
        assertThat(pay.painPoints()).containsExactly(new PainPoint("Card refused", 3), new PainPoint("Slow", 2));
        assertThat(map.opportunitiesAt(pay)).extracting(o -> o.title()).containsExactly("One-click pay");
        assertThat(card(map, "Find the shop").emotion()).isEqualTo(Emotion.of(1));
        assertThat(card(map, "Ask a friend").emotion()).isEqualTo(new Emotion(-1, "annoyed"));
        assertThat(map.segments()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("All customers"));
        assertThat(map.scale()).as("a 7 needs the 1-7 scale").isEqualTo(RatingScale.ONE_TO_SEVEN);
    }

    @Test
    void formulaGuardsAreTakenOffAndA10NeedsTheWidestScale() throws Exception {
        JourneyMap map = read(row("Stage", "Touchpoint", "Owner", "Expected score"),
                row("'=Sign up", "'+1 more", "'O'Brien", "10"));

        Touchpoint card = map.touchpoints().get(0);
        assertThat(map.stages().get(0).name()).isEqualTo("=Sign up");
        assertThat(card.title()).isEqualTo("+1 more");
        assertThat(card.owner()).as("an apostrophe that guards nothing stays").isEqualTo("'O'Brien");
        assertThat(map.scale()).isEqualTo(RatingScale.ZERO_TO_TEN);
    }

    @Test
    void aSheetWithoutAStageColumnOrWithTwoColumnsOfOneNameIsRefusedAtItsHeader() {
        assertThatThrownBy(() -> read(row("Touchpoint", "Channel"), row("Pay", "Web")))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessage("Shop.csv:1:1: No column is mapped to Stage; every row needs one");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint", "Channel", "channel"), row("Buy", "Pay", "Web", "")))
                .hasMessage("Shop.csv:1:4: Columns 3 and 4 are both named 'Channel'; rename one or ignore it");
    }

    @Test
    void aBadCellIsNamedByLineAndColumn() {
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint", "Emotion"), row("Buy", "Pay", "1"),
                row("Buy", "Wait", "grumpy")))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessageStartingWith("Shop.csv:3:3: column 'Emotion': 'grumpy' is not an emotion");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint", "Emotion"), row("Buy", "Pay", "3")))
                .hasMessage("Shop.csv:2:3: column 'Emotion': The emotion 3 is not a whole number from -2 to 2");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint", "Satisfaction: Regulars"), row("Buy", "Pay", "lots")))
                .hasMessage("Shop.csv:2:3: column 'Satisfaction: Regulars': 'lots' is not a rating");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint", "CSAT"), row("Buy", "Pay", "11")))
                .hasMessageStartingWith("Shop.csv:2:3: column 'CSAT': The rating 11 is outside every rating scale");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint", "Pain points"), row("Buy", "Pay", "Slow (severity 5)")))
                .hasMessageContaining("severity 5; a pain point's severity is 1, 2 or 3");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint", "Evidence"), row("Buy", "Pay", "hearsay")))
                .hasMessageStartingWith("Shop.csv:2:3: column 'Evidence': 'hearsay' is not evidence");
    }

    @Test
    void aRowWithAStageButNoTitleOrTooManyCellsIsRefusedAtItsLine() {
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint"), row("Buy", "Pay"), row("Buy", " ")))
                .hasMessage("Shop.csv:3:2: column 'Touchpoint': The touchpoint in stage 'Buy' has no title");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint"), row("", "Pay")))
                .hasMessage("Shop.csv:2:1: column 'Stage': The touchpoint 'Pay' has no stage");
        assertThatThrownBy(() -> read(row("Stage", "Touchpoint"), row("Buy", "Pay", "", "extra")))
                .hasMessage("Shop.csv:2:4: This row has a value in column 4 but the header row names only 2 columns;"
                        + " add a header for it or remove the value");
    }

    @Test
    void aColumnMappedByHandFillsItsFieldAndAnIgnoredOneNothing() throws Exception {
        TouchpointSheet.Sheet sheet = sheet(row("Phase", "What happens", "Who"), row("Buy", "Pay", "Finance"));
        SheetColumns guessed = sheet.guessedColumns();
        assertThat(guessed.problems()).containsExactly("No column is mapped to Touchpoint; every row needs one");

        SheetColumns chosen = guessed.with(1, SheetField.TITLE).with(2, SheetField.OWNER);
        TouchpointSheet.Import read = TouchpointSheet.read(sheet, chosen, "Shop", NOW);

        assertThat(read.map().touchpoints().get(0).title()).isEqualTo("Pay");
        assertThat(read.map().touchpoints().get(0).owner()).isEqualTo("Finance");
        assertThat(chosen.with(0, SheetField.TITLE).columnOf(SheetField.TITLE)).as("a field fills one column")
                .hasValue(0);
        TouchpointSheet.Import ignored = TouchpointSheet.read(sheet, chosen.with(2, null), "Shop", NOW);
        assertThat(ignored.map().touchpoints().get(0).owner()).isEmpty();
        assertThat(ignored.warnings()).as("the user chose to leave it out").isEmpty();
        assertThat(TouchpointSheet.ignoredColumns(sheet, chosen.with(2, null))).containsExactly("Shop.csv:1: the column 'Who' is not imported: no touchpoint "
                + "field has that name");
    }

    @Test
    void aTouchpointIdGivenTwiceIsReplacedWithAWarning() throws Exception {
        TouchpointSheet.Import read = TouchpointSheet.read(sheet(row("ID", "Stage", "Touchpoint"),
                row("tp-1", "Buy", "Pay"), row("tp-1", "Buy", "Wait")), sheet(row("ID", "Stage", "Touchpoint"))
                .guessedColumns(), "Shop", NOW);

        assertThat(read.map().touchpoints()).extracting(Touchpoint::id).first().isEqualTo("tp-1");
        assertThat(read.map().touchpoints().get(1).id()).isNotEqualTo("tp-1");
        assertThat(read.warnings()).singleElement().asString()
                .isEqualTo("Shop.csv:3: the touchpoint ID 'tp-1' is also on line 2; this touchpoint gets a new one");
    }

    private static Touchpoint card(JourneyMap map, String title) {
        return map.touchpoints().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @SafeVarargs
    private static TouchpointSheet.Sheet sheet(List<String>... rows) {
        List<TouchpointSheet.Row> records = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            records.add(new TouchpointSheet.Row(i + 1, rows[i]));
        }
        return TouchpointSheet.Sheet.of("Shop.csv", records);
    }

    @SafeVarargs
    private static JourneyMap read(List<String>... rows) throws JourneyFormatException {
        TouchpointSheet.Sheet sheet = sheet(rows);
        return TouchpointSheet.read(sheet, sheet.guessedColumns(), "Shop", NOW).map();
    }
}
