package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.testing.Cells.titlesIn;
import static org.journeystudio.testing.SampleMaps.BACKSTAGE;
import static org.journeystudio.testing.SampleMaps.EMOTION;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;

import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.testing.Cells;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class LaneCommandsTest {
    private final JourneyMap map = SampleMaps.retailer();

    @Test
    void addLane() {
        Lane notes = new Lane("lane-notes", LaneKind.NOTES, "Notes", true);
        JourneyMap after = UndoRoundTrip.check(map, AddLane.of(notes, 1));
        assertThat(after.lanes().get(1)).isEqualTo(notes);
        assertThatThrownBy(() -> AddLane.of(notes, 0).apply(after)).hasMessageContaining("already has a lane");
    }

    @Test
    void renameLane() {
        RenameLane rename = RenameLane.of(map, BACKSTAGE, "Behind the scenes");
        assertThat(rename.description()).isEqualTo("Rename lane 'Backstage'");
        JourneyMap after = UndoRoundTrip.check(map, rename);
        assertThat(after.lane(BACKSTAGE)).map(Lane::title).contains("Behind the scenes");
        MapCommandAssert.mergesExactly(map, rename, RenameLane.of(map, BACKSTAGE, "Behind"));
    }

    @Test
    void moveLane() {
        JourneyMap after = UndoRoundTrip.check(map, MoveLane.of(map, BACKSTAGE, 0));
        assertThat(after.lanes().get(0).id()).isEqualTo(BACKSTAGE);
        assertThat(after.touchpointsInJourneyOrder().get(0).title()).isEqualTo("Campaign");
        assertThatThrownBy(() -> MoveLane.of(map, BACKSTAGE, 7).apply(map)).hasMessageContaining("0 to 6");
    }

    @Test
    void hideAndShowLane() {
        SetLaneVisible hide = SetLaneVisible.of(map, EMOTION, false);
        assertThat(hide.description()).isEqualTo("Hide lane 'Emotion'");
        JourneyMap hidden = UndoRoundTrip.check(map, hide);
        assertThat(hidden.lane(EMOTION)).map(Lane::visible).contains(false);
        JourneyMap shown = UndoRoundTrip.check(hidden, SetLaneVisible.of(hidden, EMOTION, true));
        assertThat(shown).isEqualTo(map);
    }

    @Test
    void removeLaneWithItsCards() {
        RemoveLane remove = RemoveLane.withCards(map, BACKSTAGE);
        assertThat(remove.description()).isEqualTo("Delete lane 'Backstage' and its 2 cards");
        JourneyMap after = UndoRoundTrip.check(map, remove);
        assertThat(after.lane(BACKSTAGE)).isEmpty();
        assertThat(after.touchpoints()).noneMatch(tp -> tp.laneId().equals(BACKSTAGE));
    }

    @Test
    void removeLaneMovingItsCardsToAnotherLane() {
        JourneyMap after = UndoRoundTrip.check(map, RemoveLane.movingCardsTo(map, BACKSTAGE, TOUCHPOINTS));
        assertThat(titlesIn(after, "st-pay", TOUCHPOINTS)).containsExactly("Basket", "Checkout", "Payment", "Fraud check");
        assertThat(titlesIn(after, "st-discover", TOUCHPOINTS)).containsExactly("Ad", "Social post", "Campaign");
        assertThat(Cells.ordersAreDense(after)).isTrue();
    }

    @Test
    void cardsCannotGoToALaneDrawnFromThem() {
        assertThatThrownBy(() -> RemoveLane.movingCardsTo(map, BACKSTAGE, EMOTION))
                .hasMessageContaining("Lane 'Emotion'").hasMessageContaining("cannot hold cards");
    }
}
