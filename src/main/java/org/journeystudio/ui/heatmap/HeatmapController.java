package org.journeystudio.ui.heatmap;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ratings.HeatmapExport;
import org.journeystudio.ratings.HeatmapMeasure;
import org.journeystudio.ratings.HeatmapRow;
import org.journeystudio.ratings.HeatmapRowOrder;
import org.journeystudio.ratings.ImportCounts;
import org.journeystudio.ratings.SegmentHeatmap;
import org.journeystudio.ratings.ShownHeatmap;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.StoredImport;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.HeatmapOptions;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.Views;

/**
 * The satisfaction heatmap of one survey import: touchpoints (grouped under their stages, in journey order) ×
 * segments plus "All", showing mean, top-2-box, CSAT, NPS or the expectation gap, with n, low-n marks, the 95%
 * interval on hover and the answer distribution of a clicked cell. Rows live in a TableView, so only the
 * visible ones get nodes. The counts are read in the background; the newest choice of segments wins.
 */
public final class HeatmapController {

    @FXML private BorderPane heatmapView;
    @FXML private Label titleLabel;
    @FXML private Label sourceLabel;
    @FXML private Label scaleLabel;
    @FXML private Button applyButton;
    @FXML private Button importButton;
    @FXML private ComboBox<String> segmentChoice;
    @FXML private ComboBox<String> crossChoice;
    @FXML private ChoiceBox<HeatmapMeasure> measureChoice;
    @FXML private ChoiceBox<HeatmapRowOrder> sortChoice;
    @FXML private Spinner<Integer> lowNSpinner;
    @FXML private TableView<HeatmapRow> heatmapTable;
    @FXML private Label distributionTitle;
    @FXML private BarChart<String, Number> distributionChart;
    @FXML private FlowPane legendBox;

    private final ImportCounts counts;
    private final BackgroundWork.Kind loading;
    private final BackgroundWork.Kind exporting;
    private final JourneyMap map;
    private final StoredImport imported;
    private final Runnable onBack;
    private final Consumer<SegmentHeatmap> onApply;
    private final BiFunction<String, String, Optional<Path>> exportTarget;
    private Runnable onImport;
    private ResponseCounts answers;
    private SegmentHeatmap heatmap;
    private ShownHeatmap shown;
    private FrozenColumn frozen;
    /** The cell whose answers the side panel shows (rating column, segment label), kept across rebuilds; or null. */
    private Chosen chosen;
    /** True while the table is rebuilt, when its selection empties without the user choosing anything. */
    private boolean rebuilding;

    /** A chosen cell by what it shows, so the same cell can be found again in a rebuilt table. */
    private record Chosen(int rating, String segment) {
    }

    /**
     * @param counts       reads the import's counts (off the FX thread, through {@code work})
     * @param onApply      writes the shown segments' means into the map (one edit), or null to hide the button
     * @param exportTarget asks where to export (suggested file name, extension); empty when the user cancels
     */
    public HeatmapController(ImportCounts counts, BackgroundWork work, JourneyMap map, StoredImport imported,
                             Runnable onBack, Consumer<SegmentHeatmap> onApply,
                             BiFunction<String, String, Optional<Path>> exportTarget) {
        this.counts = counts;
        this.loading = work.kind("heatmap counts");
        this.exporting = work.kind("heatmap export");
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
        titleLabel.setText(Messages.text("heatmap.title", map.title()));
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.language().locale()).withZone(ZoneId.systemDefault()).format(imported.importedAt());
        sourceLabel.setText(Messages.text("heatmap.source", imported.fileName(), when, imported.respondents(),
                imported.skippedRows()));
        applyButton.setVisible(onApply != null);
        importButton.setVisible(onImport != null);
        segmentChoice.setItems(FXCollections.observableArrayList(imported.segmentColumns()));
        segmentChoice.getSelectionModel().select(0);
        List<String> cross = new ArrayList<>(List.of(Messages.text("heatmap.noCross")));
        cross.addAll(imported.segmentColumns());
        crossChoice.setItems(FXCollections.observableArrayList(cross));
        crossChoice.getSelectionModel().select(0);
        measureChoice.setItems(FXCollections.observableArrayList(HeatmapMeasure.values()));
        measureChoice.getSelectionModel().select(HeatmapMeasure.MEAN);
        sortChoice.setItems(FXCollections.observableArrayList(HeatmapRowOrder.values()));
        sortChoice.getSelectionModel().select(HeatmapRowOrder.JOURNEY);
        lowNSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000,
                HeatmapOptions.DEFAULT_LOW_N, 5));
        heatmapTable.setPlaceholder(new Label(Messages.text("heatmap.readingCounts")));
        frozen = new FrozenColumn(heatmapTable);
        heatmapTable.getSelectionModel().setCellSelectionEnabled(true);
        heatmapTable.getSelectionModel().getSelectedCells()
                .addListener((ListChangeListener<TablePosition>) change -> selectionChanged());
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

    /** Reads the counts for the chosen segment column(s) in the background; a newer choice replaces it. */
    private void reload() {
        int first = segmentChoice.getSelectionModel().getSelectedIndex();
        int second = crossChoice.getSelectionModel().getSelectedIndex() - 1;
        if (first < 0) {
            return;
        }
        long id = imported.id();
        loading.submit(BackgroundWork.task(Messages.text("heatmap.readingCounts"), cancelled -> counts.read(id, first, second)),
                read -> {
                    answers = read;
                    recompute();
                },
                reason -> {
                    heatmapTable.getItems().clear();
                    heatmapTable.setPlaceholder(new Label(Messages.text("heatmap.couldNotReadCounts", reason)));
                });
    }

    private void recompute() {
        if (answers == null) {
            return;
        }
        heatmap = SegmentHeatmap.of(answers, imported.ratingColumns(), lowNSpinner.getValue());
        rebuild();
    }

    private void rebuild() {
        if (heatmap == null) {
            return;
        }
        ShownHeatmap showing = new ShownHeatmap(heatmap, map, imported.ratingColumns(), measureChoice.getValue(),
                sortChoice.getValue());
        shown = showing;
        rebuilding = true;
        heatmapTable.getColumns().clear();
        TableColumn<HeatmapRow, HeatmapRow> names = new TableColumn<>(Messages.text("heatmap.touchpoint"));
        names.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        names.setCellFactory(column -> frozen.pin(new HeatmapNameCell()));
        names.setPrefWidth(220);
        names.setSortable(false);
        heatmapTable.getColumns().add(names);
        frozen.freeze(names);
        int lowN = lowNSpinner.getValue();
        for (int s = 0; s < showing.segments().size(); s++) {
            String segment = showing.segments().get(s);
            TableColumn<HeatmapRow, HeatmapRow> column = new TableColumn<>(segment);
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
            int index = s;
            column.setCellFactory(c -> new HeatmapCellView(showing, index, lowN));
            column.setPrefWidth(Math.max(92, 9 * segment.length() + 16));
            column.setSortable(false);
            heatmapTable.getColumns().add(column);
        }
        heatmapTable.setItems(FXCollections.observableArrayList(showing.rows()));
        rebuilding = false;
        legendBox.getChildren().setAll(HeatmapLegend.of(showing.measure(), showing.colourScale(), lowN));
        scaleLabel.setText(showing.heatmap().scaleNote());
        chooseAgain();
    }

    /** The side panel follows the selected cell: a touchpoint's title stands for its "All" cell, a stage for none. */
    private void selectionChanged() {
        if (rebuilding) {
            return;
        }
        List<TablePosition> cells = heatmapTable.getSelectionModel().getSelectedCells();
        TablePosition<?, ?> at = cells.isEmpty() ? null : cells.get(cells.size() - 1);
        HeatmapRow row = at == null || at.getRow() < 0 ? null : heatmapTable.getItems().get(at.getRow());
        if (row == null || row.stage() || shown == null) {
            chosen = null;
            showNoCell();
            return;
        }
        int segment = at.getColumn() <= 0 ? shown.segments().size() - 1 : at.getColumn() - 1;
        chosen = new Chosen(row.rating(), shown.segments().get(segment));
        showDistribution(row, segment);
    }

    /** After the data changed: selects the chosen cell again, so the panel shows its new answers, or empties it. */
    private void chooseAgain() {
        Chosen was = chosen;
        int segment = was == null ? -1 : shown.segments().indexOf(was.segment());
        List<HeatmapRow> rows = heatmapTable.getItems();
        for (int r = 0; segment >= 0 && r < rows.size(); r++) {
            if (!rows.get(r).stage() && rows.get(r).rating() == was.rating()) {
                heatmapTable.getSelectionModel().clearAndSelect(r, heatmapTable.getColumns().get(segment + 1));
                heatmapTable.scrollTo(r);
                return;
            }
        }
        chosen = null;
        showNoCell();
    }

    private void showNoCell() {
        distributionTitle.setText(Messages.text("heatmap.selectACellToSee"));
        distributionChart.getData().clear();
    }

    /** Shows the answers of one cell as a small bar chart. */
    private void showDistribution(HeatmapRow row, int segment) {
        CellStatistics cell = shown.cell(row, segment);
        AnswerScale scale = shown.heatmap().scales().get(row.rating());
        distributionTitle.setText(Messages.text(cell.notApplicable() > 0 ? "heatmap.distributionNotApplicable"
                : "heatmap.distribution", row.title(), shown.segments().get(segment), cell.n(), cell.notApplicable()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int point = 0; point < scale.points(); point++) {
            series.getData().add(new XYChart.Data<>(scale.pointLabel(point), cell.distribution().get(point)));
        }
        distributionChart.getData().setAll(List.of(series));
    }

    @FXML
    private void back() {
        loading.cancel();
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
        ShownHeatmap showing = shown;
        if (showing != null) {
            exportTarget.apply(Messages.text("heatmap.fileName", map.title()) + ".csv", "csv").ifPresent(path -> export(path, () ->
                    HeatmapExport.csv(path, showing)));
        }
    }

    @FXML
    private void exportPng() {
        exportTarget.apply(Messages.text("heatmap.fileName", map.title()) + ".png", "png").ifPresent(path -> {
            // The picture must be taken on the FX thread; encoding and writing it need not be.
            WritableImage image = heatmapView.snapshot(null, null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            export(path, () -> HeatmapExport.png(path, width, height, argb));
        });
    }

    /** Writes an export in the background; a failure is told in a dialog. */
    private void export(Path path, ExportStep step) {
        exporting.submit(BackgroundWork.task(Messages.text("heatmap.exporting", path.getFileName()), cancelled -> {
            step.write();
            return path;
        }), written -> { }, reason -> Dialogs.error(heatmapView.getScene().getWindow(),
                Messages.text("heatmap.couldNotExport"), reason));
    }

    /** An export's writing, which may fail with an I/O error. */
    @FunctionalInterface
    private interface ExportStep {
        void write() throws java.io.IOException;
    }

    public BorderPane view() {
        return heatmapView;
    }
}
