package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.junit.jupiter.api.Test;

/** "Apply to map" writes the room's mean per segment into the touchpoints' satisfaction, as one undo step. */
@FastTest
class RoomRatingsTest {
    private final JourneyMap shop = SampleMaps.shop("shop");

    @Test
    void everyRatedSegmentCellBecomesASatisfactionAndOneUndoRevertsThemAll() {
        RoomAnswers answers = new RoomAnswers(5)
                .add(SampleMaps.NEW_CUSTOMERS, 0, 4, 2).add(SampleMaps.NEW_CUSTOMERS, 0, 5, 1)
                .add(SampleMaps.REGULARS, 3, 2, 1)
                .add(WorkshopState.NO_SEGMENT, 4, 1, 3);
        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 7, answers.counts(), true, List.of()), shop);
        Document document = new Document(shop);

        document.execute(RoomRatings.command(shop, heatmap).orElseThrow());

        assertThat(document.map().touchpoint("tp-search").orElseThrow().satisfaction())
                .containsExactlyEntriesOf(java.util.Map.of(SampleMaps.NEW_CUSTOMERS, 4.33));
        assertThat(document.map().touchpoint("tp-pay").orElseThrow().satisfaction())
                .containsExactlyEntriesOf(java.util.Map.of(SampleMaps.REGULARS, 2.0));
        assertThat(document.map().touchpoint("tp-deliver").orElseThrow().satisfaction())
                .as("answers without a segment have no satisfaction field").isEmpty();
        document.undo();
        assertThat(document.map()).isEqualTo(shop);
    }

    @Test
    void nothingRatedYetIsNoEdit() {
        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 0, new RoomAnswers(5).counts(), true,
                List.of()), shop);

        assertThat(RoomRatings.command(shop, heatmap)).isEmpty();
    }
}
