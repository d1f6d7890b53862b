package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export writes what the heatmap shows, row by row under the stage names, with n beside each value. */
@FastTest
class HeatmapExportTest {
    @TempDir
    Path folder;

    @Test
    void csvHasAValueAndAnNColumnPerSegment() throws Exception {
        long[] business = new long[2 * ResponseCounts.VALUES];
        business[4] = 1;
        business[5] = 1; // Booking: 4, 5
        business[ResponseCounts.VALUES + 2] = 1; // "Check-in, desk": 2
        long[] economy = new long[2 * ResponseCounts.VALUES];
        economy[1] = 2; // Booking: 1, 1
        List<AnswerScale> scales = List.of(AnswerScale.parse("1-5"), AnswerScale.parse("1-5"));
        SegmentHeatmap heatmap = SegmentHeatmap.of(ResponseCounts.fromValues(List.of("Business", "Economy"), scales,
                List.of(business, economy)), List.of("Booking", "Check-in, desk"), scales, 30);
        Touchpoint booking = Touchpoint.builder("tp-1", "st-1", "ln-1").title("Booking").build();
        List<HeatmapRow> rows = List.of(HeatmapRow.heading("Book"), new HeatmapRow("Booking", false, 0, booking),
                HeatmapRow.heading(JourneyOrder.NOT_ON_MAP), new HeatmapRow("Check-in, desk", false, 1, null));
        Path file = folder.resolve("heatmap.csv");

        HeatmapExport.csv(file, rows, heatmap, HeatmapMeasure.MEAN, (row, segment) -> heatmap.cells()
                .get(row.rating()).get(segment).mean());

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "stage,touchpoint,scale,not applicable,Business Mean,Business n,Economy Mean,Economy n,All Mean,All n",
                "Book,Booking,1-5,0,4.5000,2,1.0000,2,2.7500,4",
                "Not on the map,\"Check-in, desk\",1-5,0,2.0000,1,,0,2.0000,1");
    }
}
