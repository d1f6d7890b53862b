package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.testing.Cells.titlesIn;
import static org.journeystudio.testing.SampleMaps.BACKSTAGE;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;
import static org.journeystudio.testing.SampleMaps.cardId;

import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.testing.Cells;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class StageCommandsTest {
    private final JourneyMap map = SampleMaps.retailer();

    @Test
    void addStageInsertsAtThePosition() {
        JourneyMap after = UndoRoundTrip.check(map, AddStage.of(new Stage("st-compare", "Compare"), 2));
        assertThat(after.stages()).extracting(Stage::name)
                .containsExactly("Discover", "Search", "Compare", "Choose", "Pay", "Delivery", "Return");
        JourneyMap last = UndoRoundTrip.check(map, AddStage.of(new Stage("st-end", "Recommend"), AddStage.AT_END));
        assertThat(last.stages().get(6).name()).isEqualTo("Recommend");
    }

    @Test
    void addStageRefusesATakenIdOrAPositionOutside() {
        assertThatThrownBy(() -> AddStage.of(new Stage("st-pay", "Again"), 0).apply(map))
                .hasMessageContaining("already has a stage with id 'st-pay'");
        assertThatThrownBy(() -> AddStage.of(new Stage("st-x", "X"), 7).apply(map))
                .hasMessageContaining("position 7").hasMessageContaining("0 to 6");
    }

    @Test
    void renameStage() {
        RenameStage rename = RenameStage.of(map, "st-pay", "Checkout");
        assertThat(rename.description()).isEqualTo("Rename stage 'Pay'");
        JourneyMap after = UndoRoundTrip.check(map, rename);
        assertThat(after.stage("st-pay")).map(Stage::name).contains("Checkout");
    }

    @Test
    void resizeStage() {
        JourneyMap after = UndoRoundTrip.check(map, ResizeStage.of(map, "st-pay", 360));
        assertThat(after.stage("st-pay")).map(Stage::widthHint).contains(360.0);
        assertThatThrownBy(() -> ResizeStage.of(map, "st-pay", -1).apply(map)).hasMessageContaining("positive width");
    }

    @Test
    void moveStageCarriesItsCardsAlong() {
        JourneyMap after = UndoRoundTrip.check(map, MoveStage.of(map, "st-pay", 0));
        assertThat(after.stages()).extracting(Stage::id).startsWith("st-pay", "st-discover");
        assertThat(after.touchpointsInJourneyOrder().get(0).title()).isEqualTo("Basket");
        assertThat(after.touchpoints()).isEqualTo(map.touchpoints());
    }

    @Test
    void consecutiveMovesOfOneStageMergeIntoTheLastPosition() {
        MoveStage first = MoveStage.of(map, "st-pay", 0);
        MoveStage second = MoveStage.of(first.apply(map), "st-pay", 5);
        MapCommandAssert.mergesExactly(map, first, second);
        assertThat(first.mergeWith(MoveStage.of(map, "st-search", 0))).isEmpty();
    }

    @Test
    void removeStageTakesItsCardsAndUndoBringsThemBackExactly() {
        RemoveStage remove = RemoveStage.withCards(map, "st-pay");
        assertThat(remove.description()).isEqualTo("Delete stage 'Pay' and its 4 cards");
        JourneyMap after = UndoRoundTrip.check(map, remove);
        assertThat(after.stage("st-pay")).isEmpty();
        assertThat(after.touchpoints()).noneMatch(tp -> tp.stageId().equals("st-pay"));
        assertThat(after.touchpoints()).hasSize(map.touchpoints().size() - 4);
    }

    @Test
    void removeStageCanMoveItsCardsToTheEndOfTheSameLaneElsewhere() {
        RemoveStage remove = RemoveStage.movingCardsTo(map, "st-pay", "st-choose");
        JourneyMap after = UndoRoundTrip.check(map, remove);
        assertThat(titlesIn(after, "st-choose", TOUCHPOINTS))
                .containsExactly("Product page", "Size guide", "Basket", "Checkout", "Payment");
        assertThat(titlesIn(after, "st-choose", BACKSTAGE)).containsExactly("Fraud check");
        assertThat(after.touchpoints()).hasSameSizeAs(map.touchpoints());
        assertThat(after.touchpoint(cardId("Payment")).orElseThrow().satisfaction())
                .isEqualTo(map.touchpoint(cardId("Payment")).orElseThrow().satisfaction());
        assertThat(Cells.ordersAreDense(after)).isTrue();
        assertThatThrownBy(() -> new RemoveStage("st-pay", "st-pay", "x").apply(map)).hasMessageContaining("itself");
    }

    @Test
    void setStageDescriptionMergesWhileTyping() {
        SetStageDescription set = SetStageDescription.of(map, "st-pay", "Card, wallet or invoice");
        JourneyMap after = UndoRoundTrip.check(map, set);
        assertThat(after.stage("st-pay")).map(Stage::description).contains("Card, wallet or invoice");
        MapCommandAssert.mergesExactly(map, set, SetStageDescription.of(map, "st-pay", "Card"));
    }

    @Test
    void commandsNameAMissingStage() {
        assertThatThrownBy(() -> RenameStage.of(map, "st-nowhere", "X"))
                .hasMessage("There is no stage 'st-nowhere' in map 'Online retailer'");
        assertThatThrownBy(() -> new ResizeStage("st-nowhere", 10, "Resize").apply(map))
                .hasMessageContaining("no stage 'st-nowhere'");
    }
}
