package org.journeystudio.ui.heatmap;

import org.journeystudio.ratings.JourneyOrder;

import org.journeystudio.ratings.HeatmapRow;

import org.journeystudio.ratings.SegmentHeatmap;

import org.journeystudio.ratings.HeatmapMeasure;

import org.journeystudio.layout.DivergingScale;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.HeatmapOptions;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.Views;

/**
 * The satisfaction heatmap of one survey import: touchpoints (grouped under their stages, in journey order) ×
 * segments plus "All", showing mean, top-2-box, CSAT, NPS or the expectation gap, with n, low-n marks, the 95%
 * interval on hover and the answer distribution of a clicked cell. Rows live in a TableView, so only the
 * visible ones get nodes.
 */
public final class HeatmapController {
    /** How the rows are ordered. */
    enum RowOrder {
        JOURNEY("Journey order"), SCORE("Score (lowest first)"), GAP("Gap between segments");

        private final String label;

        RowOrder(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final String NO_CROSS = "(none)";

    @FXML private BorderPane heatmapView;
    @FXML private Label titleLabel;
    @FXML private Label sourceLabel;
    @FXML private Button applyButton;
    @FXML private Button importButton;
    @FXML private ComboBox<String> segmentChoice;
    @FXML private ComboBox<String> crossChoice;
    @FXML private ChoiceBox<HeatmapMeasure> measureChoice;
    @FXML private ChoiceBox<RowOrder> sortChoice;
    @FXML private Spinner<Integer> lowNSpinner;
    @FXML private TableView<HeatmapRow> heatmapTable;
    @FXML private Label distributionTitle;
    @FXML private BarChart<String, Number> distributionChart;
    @FXML private HBox legendBox;

    private final SurveyResponses responses;
    private final JourneyMap map;
    private final StoredImport imported;
    private final Runnable onBack;
    private final Consumer<SegmentHeatmap> onApply;
    private final BiFunction<String, String, Optional<Path>> exportTarget;
    private Runnable onImport;
    private ResponseCounts counts;
    private SegmentHeatmap heatmap;

    /**
     * @param onApply      writes the shown segments' means into the map (one edit), or null to hide the button
     * @param exportTarget asks where to export (suggested file name, extension); empty when the user cancels
     */
    public HeatmapController(SurveyResponses responses, JourneyMap map, StoredImport imported, Runnable onBack,
                             Consumer<SegmentHeatmap> onApply, BiFunction<String, String, Optional<Path>> exportTarget) {
        this.responses = responses;
        this.map = map;
        this.imported = imported;
        this.onBack = onBack;
        this.onApply = onApply;
        this.exportTarget = exportTarget;
    }

    public Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        titleLabel.setText("Satisfaction by segment — " + map.title());
        sourceLabel.setText("Imported from " + imported.fileName() + " on "
                + DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault())
                        .format(imported.importedAt())
                + "  ·  " + imported.respondents() + " respondents"
                + (imported.skippedRows() > 0 ? ", " + imported.skippedRows() + " unreadable rows skipped" : ""));
        applyButton.setVisible(onApply != null);
        importButton.setVisible(onImport != null);
        segmentChoice.setItems(FXCollections.observableArrayList(imported.segmentColumns()));
        segmentChoice.getSelectionModel().select(0);
        List<String> cross = new ArrayList<>(List.of(NO_CROSS));
        cross.addAll(imported.segmentColumns());
        crossChoice.setItems(FXCollections.observableArrayList(cross));
        crossChoice.getSelectionModel().select(0);
        measureChoice.setItems(FXCollections.observableArrayList(HeatmapMeasure.values()));
        measureChoice.getSelectionModel().select(HeatmapMeasure.MEAN);
        sortChoice.setItems(FXCollections.observableArrayList(RowOrder.values()));
        sortChoice.getSelectionModel().select(RowOrder.JOURNEY);
        lowNSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000,
                HeatmapOptions.DEFAULT_LOW_N, 5));
        segmentChoice.valueProperty().addListener((obs, old, v) -> reload());
        crossChoice.valueProperty().addListener((obs, old, v) -> reload());
        measureChoice.valueProperty().addListener((obs, old, v) -> rebuild());
        sortChoice.valueProperty().addListener((obs, old, v) -> rebuild());
        lowNSpinner.valueProperty().addListener((obs, old, v) -> recompute());
        reload();
    }

    /** Crosses the first two segment columns, as the wizard was told. */
    public void crossFirstTwo() {
        if (imported.segmentColumns().size() > 1) {
            crossChoice.getSelectionModel().select(imported.segmentColumns().get(1));
        }
    }

    /** Reads the counts for the chosen segment column(s): a small table, or one pass for crossed columns. */
    private void reload() {
        int first = segmentChoice.getSelectionModel().getSelectedIndex();
        int second = crossChoice.getSelectionModel().getSelectedIndex() - 1;
        if (first < 0) {
            return;
        }
        long id = imported.id();
        Task<ResponseCounts> task = new Task<>() {
            @Override
            protected ResponseCounts call() {
                return second < 0 || second == first ? responses.counts(id, first)
                        : responses.crossCounts(id, first, second);
            }
        };
        task.setOnSucceeded(e -> {
            counts = task.getValue();
            recompute();
        });
        task.setOnFailed(e -> Dialogs.error(heatmapView.getScene().getWindow(), "Could not read the survey counts",
                task.getException()));
        Thread thread = new Thread(task, "heatmap-counts");
        thread.setDaemon(true);
        thread.start();
    }

    private void recompute() {
        if (counts == null) {
            return;
        }
        List<ResponseImport.RatedColumn> columns = imported.ratingColumns();
        heatmap = SegmentHeatmap.of(counts, columns.stream().map(ResponseImport.RatedColumn::name).toList(),
                columns.stream().map(ResponseImport.RatedColumn::scale).toList(), lowNSpinner.getValue());
        rebuild();
    }

    private void rebuild() {
        if (heatmap == null) {
            return;
        }
        HeatmapMeasure measure = measureChoice.getValue();
        heatmapTable.getColumns().clear();
        TableColumn<HeatmapRow, HeatmapRow> names = new TableColumn<>("Touchpoint");
        names.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        names.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(HeatmapRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.title());
                getStyleClass().remove("stage-heading");
                if (!empty && row != null && row.stage()) {
                    getStyleClass().add("stage-heading");
                }
            }
        });
        names.setPrefWidth(220);
        names.setSortable(false);
        heatmapTable.getColumns().add(names);
        for (int s = 0; s < heatmap.segments().size(); s++) {
            String segment = heatmap.segments().get(s);
            TableColumn<HeatmapRow, HeatmapRow> column = new TableColumn<>(segment);
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
            int index = s;
            column.setCellFactory(c -> new HeatmapCellView(this, index));
            column.setPrefWidth(Math.max(92, 9 * segment.length() + 16));
            column.setSortable(false);
            heatmapTable.getColumns().add(column);
        }
        heatmapTable.setItems(FXCollections.observableArrayList(rows()));
        legendBox.getChildren().setAll(HeatmapLegend.of(measure, scaleFor(measure), lowNSpinner.getValue()));
    }

    /** The colour scale of the current measure, on the first rating column's scale. */
    DivergingScale scaleFor(HeatmapMeasure measure) {
        RatingScale surveyScale = heatmap.scales().isEmpty() ? RatingScale.ONE_TO_FIVE : heatmap.scales().get(0);
        return new DivergingScale(measure.low(surveyScale, map.scale()), measure.neutral(surveyScale),
                measure.high(surveyScale, map.scale()));
    }

    HeatmapMeasure measure() {
        return measureChoice.getValue();
    }

    SegmentHeatmap heatmap() {
        return heatmap;
    }

    double value(HeatmapRow row, int segment) {
        CellStatistics cell = heatmap.cells().get(row.rating()).get(segment);
        Double expected = row.touchpoint() == null ? null : row.touchpoint().expectedScore();
        return measure().value(cell, heatmap.scales().get(row.rating()), map.scale(), expected);
    }

    /** Rows in journey order under stage headings, or flat by score or gap. */
    List<HeatmapRow> rows() {
        Map<String, Touchpoint> touchpoints = new HashMap<>();
        map.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
        List<HeatmapRow> plain = new ArrayList<>();
        List<ResponseImport.RatedColumn> columns = imported.ratingColumns();
        for (int r = 0; r < columns.size(); r++) {
            Touchpoint touchpoint = columns.get(r).touchpointId() == null ? null
                    : touchpoints.get(columns.get(r).touchpointId());
            plain.add(new HeatmapRow(touchpoint != null ? touchpoint.title() : columns.get(r).name(), false, r,
                    touchpoint));
        }
        RowOrder order = sortChoice.getValue();
        int all = heatmap.segments().size() - 1;
        if (order == RowOrder.SCORE) {
            plain.sort(Comparator.comparingDouble(row -> orLast(value(row, all))));
            return plain;
        }
        if (order == RowOrder.GAP) {
            plain.sort(Comparator.comparingDouble(row -> -spread(row)));
            return plain;
        }
        return JourneyOrder.grouped(map, plain);
    }

    private double spread(HeatmapRow row) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < heatmap.segments().size() - 1; s++) {
            double v = value(row, s);
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max >= min ? max - min : -1;
    }

    private static double orLast(double value) {
        return Double.isNaN(value) ? Double.MAX_VALUE : value;
    }

    /** Shows the answers of one cell as a small bar chart. */
    void showDistribution(HeatmapRow row, int segment) {
        CellStatistics cell = heatmap.cells().get(row.rating()).get(segment);
        RatingScale scale = heatmap.scales().get(row.rating());
        distributionTitle.setText(row.title() + " · " + heatmap.segments().get(segment) + "  (n = " + cell.n() + ")");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int point = scale.min(); point <= scale.max(); point++) {
            series.getData().add(new XYChart.Data<>(String.valueOf(point), cell.distribution().get(point - scale.min())));
        }
        distributionChart.getData().setAll(List.of(series));
    }

    @FXML
    private void back() {
        onBack.run();
    }

    /** Shows an "Import survey…" button that runs {@code action}. */
    public void setOnImport(Runnable action) {
        onImport = action;
        if (importButton != null) {
            importButton.setVisible(action != null);
        }
    }

    @FXML
    private void importSurvey() {
        if (onImport != null) {
            onImport.run();
        }
    }

    @FXML
    private void applyToMap() {
        if (heatmap != null && onApply != null) {
            onApply.accept(heatmap);
        }
    }

    @FXML
    private void exportCsv() {
        exportTarget.apply(map.title() + " heatmap.csv", "csv").ifPresent(path -> run(() ->
                HeatmapExport.csv(path, rows(), heatmap, measure(), this::value)));
    }

    @FXML
    private void exportPng() {
        exportTarget.apply(map.title() + " heatmap.png", "png").ifPresent(path -> run(() ->
                HeatmapExport.png(path, heatmapView)));
    }

    private void run(HeatmapExport.Action action) {
        try {
            action.run();
        } catch (Exception e) {
            Dialogs.error(heatmapView.getScene().getWindow(), "Could not export the heatmap", e);
        }
    }

    public BorderPane view() {
        return heatmapView;
    }
}
