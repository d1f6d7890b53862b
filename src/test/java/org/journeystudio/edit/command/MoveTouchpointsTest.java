package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.testing.Cells.titlesIn;
import static org.journeystudio.testing.SampleMaps.BACKSTAGE;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;
import static org.journeystudio.testing.SampleMaps.cardId;

import java.util.Set;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.Cells;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class MoveTouchpointsTest {
    private final JourneyMap map = SampleMaps.retailer();

    @Test
    void moveToAnotherStageKeepsBothCellsDense() {
        MoveTouchpoints move = MoveTouchpoints.of(map, Set.of(cardId("Payment")), "st-delivery", TOUCHPOINTS, 1);
        assertThat(move.description()).isEqualTo("Move 'Payment' to Delivery");
        JourneyMap after = UndoRoundTrip.check(map, move);
        assertThat(titlesIn(after, "st-pay", TOUCHPOINTS)).containsExactly("Basket", "Checkout");
        assertThat(titlesIn(after, "st-delivery", TOUCHPOINTS)).containsExactly("Dispatch mail", "Payment", "Courier");
        assertThat(Cells.ordersAreDense(after)).isTrue();
        Touchpoint moved = after.touchpoint(cardId("Payment")).orElseThrow();
        assertThat(moved.toBuilder().stageId("st-pay").order(2).build()).isEqualTo(map.touchpoint(cardId("Payment")).orElseThrow());
    }

    @Test
    void moveFromTheMiddleOfACellClosesTheGap() {
        JourneyMap after = UndoRoundTrip.check(map,
                MoveTouchpoints.of(map, Set.of(cardId("Checkout")), "st-return", TOUCHPOINTS, MoveTouchpoints.AT_END));
        assertThat(after.touchpointsIn("st-pay", TOUCHPOINTS)).extracting(Touchpoint::order).containsExactly(0, 1);
        assertThat(titlesIn(after, "st-return", TOUCHPOINTS)).containsExactly("Return form", "Checkout");
    }

    @Test
    void reorderWithinOneCell() {
        JourneyMap after = UndoRoundTrip.check(map, MoveTouchpoints.of(map, Set.of(cardId("Payment")), "st-pay", TOUCHPOINTS, 0));
        assertThat(titlesIn(after, "st-pay", TOUCHPOINTS)).containsExactly("Payment", "Basket", "Checkout");
        JourneyMap down = UndoRoundTrip.check(map, MoveTouchpoints.of(map, Set.of(cardId("Basket")), "st-pay", TOUCHPOINTS, 1));
        assertThat(titlesIn(down, "st-pay", TOUCHPOINTS)).containsExactly("Checkout", "Basket", "Payment");
    }

    @Test
    void droppingACardWhereItWasIsNoStep() {
        Document document = new Document(map);
        assertThat(document.execute(MoveTouchpoints.of(map, Set.of(cardId("Checkout")), "st-pay", TOUCHPOINTS, 1))).isFalse();
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void moveToAnotherLaneSaysSo() {
        MoveTouchpoints move = MoveTouchpoints.of(map, Set.of(cardId("Checkout")), "st-pay", BACKSTAGE, 0);
        assertThat(move.description()).isEqualTo("Move 'Checkout' to Pay · Backstage");
        JourneyMap after = UndoRoundTrip.check(map, move);
        assertThat(titlesIn(after, "st-pay", BACKSTAGE)).containsExactly("Checkout", "Fraud check");
        assertThat(titlesIn(after, "st-pay", TOUCHPOINTS)).containsExactly("Basket", "Payment");
    }

    @Test
    void aMultiSelectionMovesTogetherInJourneyOrder() {
        Set<String> selection = Set.of(cardId("Courier"), cardId("Ad"), cardId("Filters"), cardId("Fraud check"));
        MoveTouchpoints move = MoveTouchpoints.of(map, selection, "st-choose", TOUCHPOINTS, 1);
        assertThat(move.description()).isEqualTo("Move 4 touchpoints to Choose · Touchpoints");
        JourneyMap after = UndoRoundTrip.check(map, move);
        assertThat(titlesIn(after, "st-choose", TOUCHPOINTS)).containsExactly(
                "Product page", "Ad", "Filters", "Fraud check", "Courier", "Size guide");
        assertThat(Cells.ordersAreDense(after)).isTrue();
        assertThat(after.touchpoints()).extracting(Touchpoint::id)
                .as("cards keep their place in the map's list").isEqualTo(map.touchpoints().stream().map(Touchpoint::id).toList());
    }

    @Test
    void badTargetsAreNamed() {
        assertThatThrownBy(() -> MoveTouchpoints.of(map, Set.of(cardId("Ad")), "st-pay", SampleMaps.EMOTION, 0).apply(map))
                .hasMessageContaining("cannot hold cards");
        assertThatThrownBy(() -> MoveTouchpoints.of(map, Set.of("tp-ghost"), "st-pay", TOUCHPOINTS, 0))
                .hasMessageContaining("no touchpoint 'tp-ghost'");
        assertThatThrownBy(() -> MoveTouchpoints.of(map, Set.of(cardId("Ad")), "st-pay", TOUCHPOINTS, 9).apply(map))
                .hasMessageContaining("use 0 to 3");
    }

    @Test
    void aDragIsOneStepNamedAfterWhereItEnded() {
        Document document = new Document(map);
        Set<String> card = Set.of(cardId("Ad"));
        for (String stage : new String[] {"st-search", "st-choose", "st-pay", "st-delivery"}) {
            document.execute(MoveTouchpoints.of(document.map(), card, stage, TOUCHPOINTS, 0));
        }
        assertThat(document.undoCount()).isEqualTo(1);
        assertThat(document.undoDescription()).contains("Move 'Ad' to Delivery");
        JourneyMap end = document.map();
        document.undo();
        assertThat(document.map()).isEqualTo(map);
        document.redo();
        assertThat(document.map()).isEqualTo(end);
    }

    @Test
    void aMergedDragLandsExactlyWhereItsStepsDoEvenThroughCellsWithGaps() {
        // Orders 0, 5, 10 in Search: a card passing through renumbers it, and so must the merged drag.
        JourneyMap gappy = map.withTouchpoints(map.touchpoints().stream().map(tp -> tp.stageId().equals("st-search")
                ? tp.toBuilder().order(tp.order() * 5).build() : tp).toList());
        Set<String> card = Set.of(cardId("Ad"));
        MoveTouchpoints first = MoveTouchpoints.of(gappy, card, "st-choose", TOUCHPOINTS, 0);
        JourneyMap m1 = first.apply(gappy);
        MoveTouchpoints second = MoveTouchpoints.of(m1, card, "st-search", TOUCHPOINTS, 1);
        JourneyMap m2 = second.apply(m1);
        MoveTouchpoints third = MoveTouchpoints.of(m2, card, "st-pay", TOUCHPOINTS, 2);

        MapCommand firstTwo = MapCommandAssert.mergesExactly(gappy, first, second);
        MapCommand all = firstTwo.mergeWith(third).orElseThrow();
        assertThat(all.apply(gappy)).isEqualTo(third.apply(m2));
        assertThat(all.description()).isEqualTo(third.description());
        assertThat(first.mergeWith(MoveTouchpoints.of(gappy, Set.of(cardId("Ad"), cardId("Courier")), "st-pay", TOUCHPOINTS, 0))).isEmpty();
    }
}
