package org.journeystudio.ui.heatmap;

import java.util.Locale;
import java.util.function.ObjIntConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.journeystudio.ratings.HeatmapMeasure;
import org.journeystudio.ratings.HeatmapRow;
import org.journeystudio.ratings.ShownHeatmap;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.ui.StudioStyles;

/** One heatmap cell: the value on its colour, n beneath, low n marked, the 95% interval on hover, click for answers. */
final class HeatmapCellView extends TableCell<HeatmapRow, HeatmapRow> {
    // Style classes; their rules are in heatmap.css.
    private static final String HEATMAP_CELL = "heatmap-cell";
    private static final String CELL_VALUE = "cell-value";
    private static final String CELL_N = "cell-n";

    private final ShownHeatmap heatmap;
    private final int segment;
    private final Label value = new Label();
    private final Label n = new Label();
    private final VBox box = new VBox(0, value, n);
    private final Tooltip tooltip = new Tooltip();

    /** @param onClick shows the answers of a clicked cell (its row and segment) */
    HeatmapCellView(ShownHeatmap heatmap, int segment, ObjIntConsumer<HeatmapRow> onClick) {
        this.heatmap = heatmap;
        this.segment = segment;
        getStyleClass().add(HEATMAP_CELL);
        value.getStyleClass().add(CELL_VALUE);
        n.getStyleClass().add(CELL_N);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        tooltip.setShowDelay(Duration.millis(250));
        setOnMouseClicked(e -> {
            HeatmapRow row = getItem();
            if (row != null && !row.stage()) {
                onClick.accept(row, segment);
            }
        });
    }

    @Override
    protected void updateItem(HeatmapRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove(StudioStyles.LOW_N);
        if (empty || row == null || row.stage()) {
            setGraphic(null);
            setTooltip(null);
            setBackground(null);
            setId(null); // a reused cell must not keep the id of the cell it showed before
            return;
        }
        CellStatistics cell = heatmap.cell(row, segment);
        HeatmapMeasure measure = heatmap.measure();
        double shown = heatmap.value(row, segment);
        Color colour = HeatmapColours.of(heatmap.colourScale(), shown);
        Color ink = HeatmapColours.textOn(colour);
        value.setText(measure.format(shown));
        value.setTextFill(ink);
        n.setText("n=" + cell.n() + (cell.lowN() ? " · low" : ""));
        n.setTextFill(ink);
        setBackground(new Background(new BackgroundFill(colour, null, null)));
        if (cell.lowN()) {
            getStyleClass().add(StudioStyles.LOW_N);
        }
        tooltip.setText(describe(row, cell));
        setTooltip(tooltip);
        setGraphic(box);
        setId("cell-" + row.rating() + "-" + segment);
    }

    private String describe(HeatmapRow row, CellStatistics cell) {
        String who = row.title() + " · " + heatmap.segments().get(segment);
        if (cell.n() == 0) {
            return who + "\nno answers";
        }
        String interval = Double.isNaN(cell.ciLow()) ? "95% CI needs two answers or more"
                : String.format(Locale.ROOT, "95%% CI %.2f – %.2f", cell.ciLow(), cell.ciHigh());
        return String.format(Locale.ROOT, "%s%nmean %.2f  (%s)%nn = %d%s%ntop-2-box %.0f%%", who, cell.mean(),
                interval, cell.n(), cell.lowN() ? " — few answers, read with care" : "", cell.topTwoBox());
    }
}
