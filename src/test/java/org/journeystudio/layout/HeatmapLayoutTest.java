package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class HeatmapLayoutTest {
    private static final HeatmapStyle STYLE = new HeatmapStyle(200, 100, 40, 20, 30);

    /** The shopping journey with two segments; the last touchpoint is rated by the business segment only. */
    private static JourneyMap rated() {
        JourneyMap map = SampleMaps.shopping("map-heat", "Shop").withSegments(List.of(
                new Segment("seg-new", "New customers", "", "#4c78a8"),
                new Segment("seg-biz", "Business", "", "#54a24b")));
        return map.withTouchpoints(map.touchpoints().stream().map(t -> t.toBuilder().satisfaction(
                t.id().equals("tp-deliver") ? Map.of("seg-biz", 1.5) : Map.of("seg-new", 4.0, "seg-biz", 2.0))
                .build()).toList());
    }

    @Test
    void rowsFollowJourneyOrderUnderABandPerStage() {
        JourneyMap map = rated();
        HeatmapLayout heat = HeatmapLayout.of(map, List.of(), STYLE);

        assertThat(heat.rows()).extracting(HeatmapRow::touchpointId)
                .containsExactlyElementsOf(map.touchpointsInJourneyOrder().stream().map(Touchpoint::id).toList());
        assertThat(heat.bands()).extracting(HeatmapStageBand::name).containsExactly("Search", "Buy", "Receive");
        // Band, its rows, next band…: each band sits right above the first row of its stage.
        for (HeatmapStageBand band : heat.bands()) {
            HeatmapRow first = heat.rows().stream().filter(r -> r.stageId().equals(band.stageId())).findFirst()
                    .orElseThrow();
            assertThat(first.header().y()).isEqualTo(band.box().bottom());
        }
        assertThat(heat.height()).isEqualTo(40 + 3 * 30 + 5 * 20);
        assertThat(heat.width()).isEqualTo(200 + 2 * 100);
    }

    @Test
    void cellsHoldTheRatingsAndLeaveMissingOnesEmpty() {
        HeatmapLayout heat = HeatmapLayout.of(rated(), List.of(), STYLE);

        assertThat(heat.cells()).hasSize(5 * 2);
        assertThat(heat.cell("tp-cart", "seg-new").orElseThrow().value()).isEqualTo(OptionalDouble.of(4.0));
        assertThat(heat.cell("tp-deliver", "seg-new").orElseThrow().value()).isEmpty();
        assertThat(heat.cell("tp-deliver", "seg-biz").orElseThrow().value()).isEqualTo(OptionalDouble.of(1.5));
        HeatmapCell cell = heat.cell("tp-pay", "seg-biz").orElseThrow();
        HeatmapRow row = heat.rows().stream().filter(r -> r.touchpointId().equals("tp-pay")).findFirst().orElseThrow();
        assertThat(cell.box()).isEqualTo(new Box(300, row.body().y(), 100, 20));
    }

    @Test
    void showsOnlyTheChosenSegmentsInTheOrderGiven() {
        HeatmapLayout heat = HeatmapLayout.of(rated(), List.of("seg-biz"), STYLE);

        assertThat(heat.columns()).extracting(HeatmapColumn::name).containsExactly("Business");
        assertThat(heat.cells()).allSatisfy(c -> assertThat(c.segmentId()).isEqualTo("seg-biz"));
        assertThat(HeatmapLayout.of(rated(), List.of("seg-biz", "seg-new"), STYLE).columns())
                .extracting(HeatmapColumn::segmentId).containsExactly("seg-biz", "seg-new");
    }

    @Test
    void namesAnUnknownSegmentAndTheOnesThereAre() {
        assertThatThrownBy(() -> HeatmapLayout.of(rated(), List.of("seg-nope"), STYLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seg-nope").hasMessageContaining("seg-new, seg-biz");
    }

    @Test
    void aMapWithoutSegmentsHasRowsButNoCells() {
        HeatmapLayout heat = HeatmapLayout.of(SampleMaps.shopping("m", "Shop"));

        assertThat(heat.rows()).hasSize(5);
        assertThat(heat.columns()).isEmpty();
        assertThat(heat.cells()).isEmpty();
    }
}
