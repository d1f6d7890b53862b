package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.ResponseImport.RatedColumn;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heatmap's rows in each order, and its values, as the view and the CSV export read them. */
@FastTest
class ShownHeatmapTest {
    @TempDir
    Path folder;

    // Booking: Business 5, Economy 1 (gap 4, all 3.0). Seats: Business 3, Economy 4 (gap 1, all 3.5).
    // Meals: nobody answered.
    private static final AnswerScale ONE_TO_FIVE = AnswerScale.of(RatingScale.ONE_TO_FIVE);
    private static final List<AnswerScale> SCALES = List.of(ONE_TO_FIVE, ONE_TO_FIVE, ONE_TO_FIVE);

    private final SegmentHeatmap heatmap = SegmentHeatmap.of(ResponseCounts.fromValues(List.of("Business", "Economy"),
            SCALES, List.of(answers(5, 3, 0), answers(1, 4, 0))), List.of("Booking", "Seats", "Meals"), SCALES, 30);
    private final JourneyMap map = JourneyMap.blank("m", "Trip", Instant.EPOCH)
            .withStages(List.of(new Stage("st-fly", "Fly", "", 240), new Stage("st-book", "Book", "", 240)));
    private final List<RatedColumn> columns = List.of(new RatedColumn("Booking", ONE_TO_FIVE, "tp-book"),
            new RatedColumn("Seats", ONE_TO_FIVE, "tp-seat"), new RatedColumn("Meals", ONE_TO_FIVE, null));

    @Test
    void journeyOrderPutsRowsUnderTheirStagesInTheMapsOrder() {
        assertThat(shown(HeatmapRowOrder.JOURNEY).rows()).extracting(HeatmapRow::title)
                .containsExactly("Fly", "Seats", "Book", "Booking", JourneyOrder.NOT_ON_MAP, "Meals");
    }

    @Test
    void scoreOrderPutsTheLowestFirstAndRowsWithoutAnswersLast() {
        assertThat(shown(HeatmapRowOrder.SCORE).rows()).extracting(HeatmapRow::title)
                .containsExactly("Booking", "Seats", "Meals");
    }

    @Test
    void gapOrderPutsTheWidestSpreadBetweenSegmentsFirst() {
        assertThat(shown(HeatmapRowOrder.GAP).rows()).extracting(HeatmapRow::title)
                .containsExactly("Booking", "Seats", "Meals");
        ShownHeatmap shown = shown(HeatmapRowOrder.GAP);
        HeatmapRow seats = shown.rows().get(1);
        assertThat(shown.value(seats, 0)).isEqualTo(3.0);
        assertThat(shown.value(seats, 2)).isEqualTo(3.5);
        assertThat(shown.colourScale().neutral()).isEqualTo(3.0);
    }

    @Test
    void aPictureIsWrittenAsPngPixelForPixel() throws Exception {
        Path file = folder.resolve("heatmap.png");
        HeatmapExport.png(file, 2, 1, new int[] {0xffff0000, 0xff0000ff});
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(2);
        assertThat(read.getRGB(0, 0)).isEqualTo(0xffff0000);
        assertThat(read.getRGB(1, 0)).isEqualTo(0xff0000ff);
    }

    private ShownHeatmap shown(HeatmapRowOrder order) {
        JourneyMap rated = map.withTouchpoints(List.of(
                Touchpoint.builder("tp-book", "st-book", map.lanes().get(0).id()).title("Booking").build(),
                Touchpoint.builder("tp-seat", "st-fly", map.lanes().get(0).id()).title("Seats").build()));
        return new ShownHeatmap(heatmap, rated, columns, HeatmapMeasure.MEAN, order);
    }

    /** One label's counts: a single answer per rating column (0: none). */
    private static long[] answers(int... perColumn) {
        long[] counts = new long[perColumn.length * ResponseCounts.VALUES];
        for (int column = 0; column < perColumn.length; column++) {
            if (perColumn[column] > 0) {
                counts[column * ResponseCounts.VALUES + perColumn[column]] = 1;
            }
        }
        return counts;
    }
}
