package org.journeystudio.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.ratings.HeatmapMeasure;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.ui.heatmap.HeatmapColours;
import org.journeystudio.workshop.LiveHeatmap;

/**
 * The live heatmap on the projector: a row per rated touchpoint under its stage's heading, a column per segment
 * and "All", each cell the mean on the shared diverging colours with its n. A new state with the same rows and
 * columns only updates the cells' text and colour, so frequent updates do not rebuild the grid. A map has tens of
 * touchpoints, not thousands, so every cell is a node.
 */
final class LiveHeatmapGrid {
    private static final double CELL_MIN = 96;
    private static final double COLUMN_MAX = 240;

    private final GridPane grid = new GridPane();
    private final List<List<CellView>> cells = new ArrayList<>();
    private List<String> shape = List.of();

    LiveHeatmapGrid() {
        grid.getStyleClass().add(WorkshopStyles.LIVE_HEATMAP);
        grid.setId("liveHeatmap");
    }

    GridPane view() {
        return grid;
    }

    /** Shows {@code heatmap}, reusing the cells when its rows and columns are those already shown. */
    void show(LiveHeatmap heatmap) {
        List<String> newShape = shapeOf(heatmap);
        if (!newShape.equals(shape)) {
            build(heatmap);
            shape = newShape;
        }
        DivergingScale colours = new DivergingScale(heatmap.scale());
        for (int row = 0; row < heatmap.rows().size(); row++) {
            for (int column = 0; column < heatmap.columns().size(); column++) {
                cells.get(row).get(column).show(heatmap, row, column, colours);
            }
        }
    }

    /** Empties the grid (results hidden): no score stays on screen. */
    void clear() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        cells.clear();
        shape = List.of();
    }

    private static List<String> shapeOf(LiveHeatmap heatmap) {
        List<String> parts = new ArrayList<>();
        heatmap.columns().forEach(c -> parts.add("c:" + c.title()));
        heatmap.rows().forEach(r -> parts.add("r:" + r.stageName() + "/" + r.title()));
        return parts;
    }

    private void build(LiveHeatmap heatmap) {
        clear();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(180);
        names.setPrefWidth(320);
        names.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(names);
        for (int column = 0; column < heatmap.columns().size(); column++) {
            // The minimum is left to the column's nodes: a cell's, or the heading's longest word when wider.
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPrefWidth(190);
            constraints.setMaxWidth(COLUMN_MAX);
            constraints.setHalignment(HPos.CENTER);
            constraints.setHgrow(Priority.NEVER);
            grid.getColumnConstraints().add(constraints);
            LiveHeatmap.Column shown = heatmap.columns().get(column);
            Label title = new WholeWordLabel(shown.title(), COLUMN_MAX);
            title.getStyleClass().addAll(WorkshopStyles.LIVE_COLUMN_TITLE,
                    shown.all() ? WorkshopStyles.ALL : WorkshopStyles.SEGMENT);
            title.setId("live-column-" + column);
            grid.add(title, column + 1, 0);
        }
        int gridRow = 1;
        String stage = null;
        for (int row = 0; row < heatmap.rows().size(); row++) {
            LiveHeatmap.Row rated = heatmap.rows().get(row);
            if (!rated.stageId().equals(stage)) {
                stage = rated.stageId();
                Label heading = new Label(rated.stageName());
                heading.getStyleClass().add(WorkshopStyles.LIVE_STAGE_HEADING);
                grid.add(heading, 0, gridRow++, heatmap.columns().size() + 1, 1);
            }
            Label title = new Label(rated.title());
            title.getStyleClass().add(WorkshopStyles.LIVE_ROW_TITLE);
            title.setWrapText(true);
            grid.add(title, 0, gridRow);
            List<CellView> line = new ArrayList<>();
            for (int column = 0; column < heatmap.columns().size(); column++) {
                CellView cell = new CellView(row, column);
                grid.add(cell.box, column + 1, gridRow);
                line.add(cell);
            }
            cells.add(line);
            gridRow++;
        }
    }

    /** One cell: the mean over its n, coloured; dashed and italic below the low-n threshold. */
    private static final class CellView {
        final Label value = new Label();
        final Label n = new Label();
        final VBox box = new VBox(0, value, n);
        final Tooltip tooltip = new Tooltip();

        CellView(int row, int column) {
            box.getStyleClass().add(WorkshopStyles.LIVE_CELL);
            box.setAlignment(Pos.CENTER);
            box.setMinWidth(CELL_MIN);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setId("live-cell-" + row + "-" + column);
            value.getStyleClass().add(WorkshopStyles.LIVE_CELL_VALUE);
            value.setId("live-value-" + row + "-" + column);
            n.getStyleClass().add(WorkshopStyles.LIVE_CELL_N);
            n.setId("live-n-" + row + "-" + column);
            tooltip.setShowDelay(Duration.millis(250));
            Tooltip.install(box, tooltip);
        }

        void show(LiveHeatmap heatmap, int row, int column, DivergingScale colours) {
            CellStatistics cell = heatmap.cell(row, column);
            Color colour = HeatmapColours.of(colours, cell.mean());
            Color ink = HeatmapColours.textOn(colour);
            // The mean in the language's number format; no mean shows the measure's dash.
            value.setText(Double.isNaN(cell.mean()) ? HeatmapMeasure.MEAN.format(cell.mean())
                    : Messages.number(cell.mean(), 2));
            value.setTextFill(ink);
            n.setText("n=" + cell.n());
            n.setTextFill(ink);
            box.setBackground(new Background(new BackgroundFill(colour, null, null)));
            StudioStyles.toggle(box, StudioStyles.LOW_N, cell.n() > 0 && cell.lowN());
            tooltip.setText(describe(heatmap, row, column, cell));
        }

        private static String describe(LiveHeatmap heatmap, int row, int column, CellStatistics cell) {
            String row0 = heatmap.rows().get(row).title();
            String column0 = heatmap.columns().get(column).title();
            if (cell.n() == 0) {
                return Messages.text("workshop.cellNoAnswers", row0, column0);
            }
            String interval = Double.isNaN(cell.ciLow()) ? Messages.text("workshop.ciNeedsTwo")
                    : Messages.text("workshop.ci", cell.ciLow(), cell.ciHigh());
            return Messages.text("workshop.cellTip", row0, column0, cell.mean(), interval, cell.n());
        }
    }
}
