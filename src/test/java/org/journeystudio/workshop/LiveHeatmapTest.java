package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.edit.command.SetRatingScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.junit.jupiter.api.Test;

/** The live heatmap from a workshop state: columns, cells, the room's mean and the answer count. */
@FastTest
class LiveHeatmapTest {
    private final JourneyMap shop = SampleMaps.shop("shop");

    @Test
    void columnsAreTheMapsSegmentsInMapOrderThenAllEvenBeforeAnyAnswer() {
        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 0, new RoomAnswers(5).counts(), true, List.of()),
                shop);

        assertThat(heatmap.columns()).extracting(LiveHeatmap.Column::title)
                .containsExactly("New customers", "Regulars", "All");
        assertThat(heatmap.rows()).extracting(LiveHeatmap.Row::title)
                .containsExactly("Search the web", "Read reviews", "Add to cart", "Pay", "Parcel arrives");
        assertThat(heatmap.rows().get(3).stageName()).isEqualTo("Buy");
        assertThat(heatmap.answers()).isZero();
        assertThat(heatmap.roomMean(0)).isNaN();
    }

    @Test
    void cellsCarryTheMeanAndNOfTheirSegmentAndAllSumsThem() {
        // Labels come sorted from the library ("seg-new" < "seg-regular"), the map lists Regulars second too;
        // put answers in both and check nothing is swapped.
        RoomAnswers answers = new RoomAnswers(5)
                .add(SampleMaps.REGULARS, 3, 5, 2).add(SampleMaps.REGULARS, 3, 4, 1)
                .add(SampleMaps.NEW_CUSTOMERS, 3, 1, 2);
        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 5, answers.counts(), true, List.of()), shop);

        CellStatistics regulars = heatmap.cell(3, 1);
        assertThat(regulars.n()).isEqualTo(3);
        assertThat(regulars.mean()).isEqualTo(14 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(heatmap.cell(3, 0).mean()).isEqualTo(1.0);
        assertThat(heatmap.cell(3, 2).n()).isEqualTo(5);
        assertThat(heatmap.roomMean(3)).isEqualTo((14 + 2) / 5.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(heatmap.answers()).isEqualTo(5);
        assertThat(regulars.lowN()).as("3 answers are below the workshop's low-n mark of 5").isTrue();
    }

    @Test
    void answersKeepTheScaleTheRoomRatedOnWhenTheMapsScaleChangesMidSession() {
        RoomAnswers answers = new RoomAnswers(5).add(SampleMaps.REGULARS, 3, 5, 2).add(SampleMaps.REGULARS, 3, 1, 1);
        JourneyMap nowOnZeroToTen = SetRatingScale.keepingValues(RatingScale.ZERO_TO_TEN).apply(shop);

        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 3, answers.counts(), true, List.of()),
                nowOnZeroToTen);

        assertThat(heatmap.scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
        assertThat(heatmap.cell(3, 1).mean()).isEqualTo(11 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(heatmap.cell(3, 1).distribution()).containsExactly(1L, 0L, 0L, 0L, 2L);
    }

    @Test
    void noSegmentGetsAColumnOnlyOnceSomeoneAnsweredWithoutOne() {
        RoomAnswers empty = new RoomAnswers(5).add(WorkshopState.NO_SEGMENT, 0, 3, 0).add(SampleMaps.NEW_CUSTOMERS, 0, 4, 1);
        assertThat(LiveHeatmap.of(RoomAnswers.state(shop, 1, empty.counts(), true, List.of()), shop).columns())
                .extracting(LiveHeatmap.Column::title).containsExactly("New customers", "Regulars", "All");

        RoomAnswers answered = new RoomAnswers(5).add(WorkshopState.NO_SEGMENT, 0, 2, 1).add(SampleMaps.NEW_CUSTOMERS, 0, 4, 1);
        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 2, answered.counts(), true, List.of()), shop);
        assertThat(heatmap.columns()).extracting(LiveHeatmap.Column::title)
                .containsExactly("New customers", "Regulars", "No segment", "All");
        assertThat(heatmap.cell(0, 2).mean()).isEqualTo(2.0);
        assertThat(heatmap.roomMean(0)).isEqualTo(3.0);
    }

    @Test
    void answersOfASegmentTheMapNoLongerHasStillCount() {
        RoomAnswers answers = new RoomAnswers(5).add("seg-gone", 1, 5, 4);
        JourneyMap withoutSegments = shop.withSegments(List.of());
        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 4, answers.counts(), true, List.of()),
                withoutSegments);

        assertThat(heatmap.columns()).extracting(LiveHeatmap.Column::label).containsExactly("seg-gone", "All");
        assertThat(heatmap.cell(1, 1).n()).isEqualTo(4);
    }

    @Test
    void aTouchpointDeletedDuringTheWorkshopKeepsItsRow() {
        JourneyMap edited = shop.withTouchpoints(shop.touchpoints().stream()
                .filter(t -> !t.id().equals("tp-pay")).toList());
        LiveHeatmap heatmap = LiveHeatmap.of(RoomAnswers.state(shop, 0, new RoomAnswers(5).counts(), true,
                List.of()), edited);

        assertThat(heatmap.rows().get(3).title()).isEqualTo("(removed touchpoint)");
    }
}
