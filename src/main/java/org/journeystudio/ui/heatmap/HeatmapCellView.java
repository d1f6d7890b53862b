package org.journeystudio.ui.heatmap;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ratings.CellWeight;
import org.journeystudio.ratings.HeatmapMeasure;
import org.journeystudio.ratings.HeatmapRow;
import org.journeystudio.ratings.ShownHeatmap;
import org.journeystudio.style.Rgb;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.ui.FxColours;
import org.journeystudio.ui.StudioStyles;

/**
 * One heatmap cell: the value on its colour, n beneath, low n marked and too few answers washed out and hatched
 * ({@link CellWeight}), the 95% interval on hover. Selecting it shows its answers beside the table.
 */
final class HeatmapCellView extends TableCell<HeatmapRow, HeatmapRow> {
    // Style classes; their rules are in heatmap.css.
    private static final String HEATMAP_CELL = "heatmap-cell";
    private static final String CELL_VALUE = "cell-value";
    private static final String CELL_N = "cell-n";
    /** A cell with too few answers to judge by its colour. */
    static final String FEW_ANSWERS = "few-answers";

    private final ShownHeatmap heatmap;
    private final int segment;
    private final int lowN;
    private final Label value = new Label();
    private final Label n = new Label();
    private final VBox box = new VBox(0, value, n);
    private final Tooltip tooltip = new Tooltip();

    HeatmapCellView(ShownHeatmap heatmap, int segment, int lowN) {
        this.heatmap = heatmap;
        this.segment = segment;
        this.lowN = lowN;
        getStyleClass().add(HEATMAP_CELL);
        value.getStyleClass().add(CELL_VALUE);
        n.getStyleClass().add(CELL_N);
        box.setAlignment(Pos.CENTER);
        tooltip.setShowDelay(Duration.millis(250));
    }

    @Override
    protected void updateItem(HeatmapRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(StudioStyles.LOW_N, FEW_ANSWERS);
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
        CellWeight weight = CellWeight.of(cell.n(), lowN);
        Color colour = FxColours.of(weight.colour(Rgb.of(heatmap.colourScale().rgb(shown))));
        Color ink = HeatmapColours.textOn(colour);
        value.setText(measure.format(shown));
        value.setTextFill(ink);
        n.setText(Messages.text(weight == CellWeight.FEW ? "heatmap.nFew" : weight == CellWeight.LOW_N ? "heatmap.nLow"
                : "heatmap.n", cell.n()));
        n.setTextFill(ink);
        BackgroundFill fill = new BackgroundFill(colour, null, null);
        setBackground(weight == CellWeight.FEW ? new Background(fill, HeatmapColours.HATCH) : new Background(fill));
        StudioStyles.toggle(this, StudioStyles.LOW_N, weight != CellWeight.FULL);
        StudioStyles.toggle(this, FEW_ANSWERS, weight == CellWeight.FEW);
        tooltip.setText(describe(row, cell, weight));
        setTooltip(tooltip);
        setGraphic(box);
        setId("cell-" + row.rating() + "-" + segment);
    }

    private String describe(HeatmapRow row, CellStatistics cell, CellWeight weight) {
        String who = Messages.text("heatmap.cellWho", row.title(), heatmap.segments().get(segment));
        if (cell.n() == 0) {
            return Messages.text("heatmap.noAnswers", who);
        }
        String interval = Double.isNaN(cell.ciLow()) ? Messages.text("heatmap.ciNeedsTwo")
                : Messages.text("heatmap.ci", Messages.number(cell.ciLow(), 2), Messages.number(cell.ciHigh(), 2));
        String n = Messages.text(switch (weight) {
            case FEW -> "heatmap.tooltipNFew";
            case LOW_N -> "heatmap.tooltipNLow";
            case FULL -> "heatmap.tooltipN";
        }, cell.n());
        return Messages.text("heatmap.cellTooltip", who, Messages.number(cell.mean(), 2), interval, n,
                Messages.percent(cell.topTwoBox() / 100));
    }
}
