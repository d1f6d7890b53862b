package org.journeystudio.ui.survey;

import org.journeystudio.ratings.TouchpointChoice;

import org.journeystudio.ratings.SurveyScan;

import org.journeystudio.ratings.SurveyImportDraft;

import org.journeystudio.ratings.SurveyImported;

import org.journeystudio.ratings.SurveyImportPlan;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Stage;
import org.journeystudio.store.ImportCancelledException;
import org.journeystudio.usecase.ImportSurveyIntoProject;
import org.journeystudio.survey.BadRow;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.RatingColumnDetector;
import org.journeystudio.survey.SegmentLabels;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.survey.SurveyReader;
import org.journeystudio.survey.SurveyRow;
import org.journeystudio.ui.Views;

/**
 * The survey import wizard: file and preview → segment and rating columns, scale, not-applicable codes and
 * touchpoint matches → label variants and unreadable rows → import with progress and Cancel. Reading and
 * importing run off the FX thread; the library changes only when the import commits.
 */
public final class SurveyWizardController {
    private static final int PREVIEW_ROWS = 20;
    private static final String NO_SECOND = "(none)";

    @FXML private BorderPane wizard;
    @FXML private Label stepTitle;
    @FXML private Label stepHint;
    @FXML private VBox filePage;
    @FXML private Label fileLabel;
    @FXML private Label formatLabel;
    @FXML private TableView<List<String>> previewTable;
    @FXML private GridPane columnsPage;
    @FXML private ComboBox<String> segmentChoice;
    @FXML private ComboBox<String> secondSegmentChoice;
    @FXML private ChoiceBox<String> scaleChoice;
    @FXML private TextField naField;
    @FXML private ChoiceBox<String> stageChoice;
    @FXML private ListView<SurveyImportDraft.RatingPick> ratingList;
    @FXML private VBox checkPage;
    @FXML private ListView<LabelRow> labelList;
    @FXML private Label badRowsTitle;
    @FXML private ListView<String> badRowList;
    @FXML private CheckBox skipBadRows;
    @FXML private VBox importPage;
    @FXML private Label progressLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label errorLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;

    private final ImportSurveyIntoProject importer;
    private final JourneyMap map;
    private final Supplier<Optional<Path>> chooser;
    private final Consumer<SurveyImported> onImported;
    private final Runnable onClose;
    private int step;
    private SurveyImportDraft draft;
    private SurveyFormat format;
    private List<SurveyRow> sample = List.of();
    private SurveyImportPlan scanPlan;
    private SurveyScan scan;
    private Task<?> running;

    /**
     * @param chooser    asks for the survey file (a file chooser in the app, a fixed file in tests)
     * @param onImported gets the committed import, on the FX thread
     * @param onClose    closes the wizard's window
     */
    public SurveyWizardController(ImportSurveyIntoProject importer, JourneyMap map, Supplier<Optional<Path>> chooser,
                                  Consumer<SurveyImported> onImported, Runnable onClose) {
        this.importer = importer;
        this.map = map;
        this.chooser = chooser;
        this.onImported = onImported;
        this.onClose = onClose;
    }

    public Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        scaleChoice.setItems(FXCollections.observableArrayList("Detect per column", "1-5", "1-7", "0-10"));
        scaleChoice.getSelectionModel().select(0);
        naField.setText("N/A");
        stageChoice.setItems(FXCollections.observableArrayList(map.stages().stream().map(Stage::name).toList()));
        if (!map.stages().isEmpty()) {
            stageChoice.getSelectionModel().select(map.stages().size() - 1);
        }
        previewTable.setPlaceholder(new Label("Choose a file to see its first rows here."));
        ratingList.getProperties().put("map", map);
        ratingList.setCellFactory(list -> new RatingPickCell());
        labelList.setCellFactory(list -> new LabelRowCell());
        show(0);
    }

    @FXML
    private void chooseFile() {
        chooser.get().ifPresent(this::read);
    }

    /** Reads the file's format and first rows (small: done at once) and shows the preview. */
    void read(Path file) {
        errorLabel.setText("");
        try {
            draft = SurveyImportDraft.read(file, map);
            format = draft.format();
            sample = draft.sample();
        } catch (SurveyException e) {
            format = null;
            draft = null;
            errorLabel.setText(e.getMessage());
            nextButton.setDisable(true);
            return;
        }
        fileLabel.setText(file.getFileName().toString());
        formatLabel.setText("Encoding " + format.encoding().charset().displayName()
                + (format.encoding().bomLength() > 0 ? " with BOM" : "") + "  ·  delimiter "
                + delimiterName(format.delimiter()) + "  ·  layout " + format.layout().displayName() + " ("
                + format.layout().headerRows() + " header row" + (format.layout().headerRows() == 1 ? "" : "s")
                + ")  ·  " + format.columns().size() + " columns");
        fillPreview();
        fillColumns();
        nextButton.setDisable(false);
    }

    private void fillPreview() {
        previewTable.getColumns().clear();
        for (SurveyColumn column : format.columns()) {
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(column.shortName());
            int index = column.index();
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? row.getValue().get(index).replace('\n', '⏎') : ""));
            tableColumn.setPrefWidth(110);
            previewTable.getColumns().add(tableColumn);
        }
        previewTable.setItems(FXCollections.observableArrayList(
                sample.stream().limit(PREVIEW_ROWS).map(SurveyRow::values).toList()));
    }

    private void fillColumns() {
        segmentChoice.setItems(FXCollections.observableArrayList(draft.segmentCandidates()));
        List<String> second = new ArrayList<>(List.of(NO_SECOND));
        second.addAll(draft.segmentCandidates());
        secondSegmentChoice.setItems(FXCollections.observableArrayList(second));
        secondSegmentChoice.getSelectionModel().select(0);
        if (draft.segment() != null) {
            segmentChoice.getSelectionModel().select(draft.segment());
        }
        ratingList.setItems(FXCollections.observableArrayList(draft.ratingPicks()));
    }

    @FXML
    void next() {
        errorLabel.setText("");
        try {
            switch (step) {
                case 0 -> show(1);
                case 1 -> startScan();
                case 2 -> startImport();
                default -> { }
            }
        } catch (SurveyException | IllegalArgumentException e) {
            errorLabel.setText(e.getMessage());
        }
    }

    @FXML
    private void back() {
        errorLabel.setText("");
        if (step > 0 && step < 3) {
            show(step - 1);
        }
    }

    @FXML
    private void cancel() {
        if (running != null) {
            running.cancel();
            return;
        }
        onClose.run();
    }

    /** The draft with the choices now on screen, as the plan for {@code labelNames}. */
    private SurveyImportPlan plan(List<Map<String, String>> labelNames) {
        draft.segment(segmentChoice.getValue());
        draft.secondSegment(secondIsSet() ? secondSegmentChoice.getValue() : null);
        String scale = scaleChoice.getValue();
        draft.scale(scale == null || scale.startsWith("Detect") ? null : RatingScale.fromLabel(scale));
        draft.notApplicable(naField.getText().isBlank() ? NotApplicableCodes.defaults()
                : naField.getText().trim().equalsIgnoreCase("N/A") ? NotApplicableCodes.defaults()
                : NotApplicableCodes.parse(naField.getText()));
        return draft.plan(labelNames);
    }

    private boolean secondIsSet() {
        return secondSegmentChoice.getValue() != null && !secondSegmentChoice.getValue().equals(NO_SECOND);
    }

    private void startScan() {
        scanPlan = plan(null);
        SurveyImportPlan planned = scanPlan;
        Task<SurveyScan> task = new Task<>() {
            @Override
            protected SurveyScan call() {
                return SurveyScan.of(planned, this::isCancelled);
            }
        };
        runTask(task, "Reading the whole file…", result -> {
            scan = result;
            fillCheckPage();
            show(2);
        });
    }

    private void fillCheckPage() {
        List<LabelRow> rows = new ArrayList<>();
        for (int s = 0; s < scanPlan.segments().size(); s++) {
            SegmentLabels labels = scan.labels().get(s);
            Map<String, Map<String, Long>> spellings = new LinkedHashMap<>();
            scan.labels().get(s).variants(scanPlan.segments().get(s).name())
                    .forEach(v -> spellings.put(SegmentLabels.key(v.label()), v.spellings()));
            for (String key : labels.keys()) {
                rows.add(new LabelRow(s, scanPlan.segments().get(s).shortName(), key, labels.display(key),
                        spellings.getOrDefault(key, Map.of())));
            }
        }
        labelList.setItems(FXCollections.observableArrayList(rows));
        badRowsTitle.setText(scan.badRowCount() == 0 ? "Every row can be read (" + scan.rowsRead() + " rows)."
                : scan.badRowCount() + " of " + scan.rowsRead() + " rows cannot be read:");
        List<String> bad = new ArrayList<>();
        for (BadRow row : scan.badRows()) {
            bad.add("line " + row.line() + ": " + row.reason());
        }
        if (scan.badRowCount() > scan.badRows().size()) {
            bad.add("… and " + (scan.badRowCount() - scan.badRows().size()) + " more");
        }
        badRowList.setItems(FXCollections.observableArrayList(bad));
        badRowList.setVisible(!bad.isEmpty());
        badRowList.setManaged(!bad.isEmpty());
        skipBadRows.setVisible(!bad.isEmpty());
        skipBadRows.setSelected(false);
    }

    private void startImport() {
        if (scan.badRowCount() > 0 && !skipBadRows.isSelected()) {
            throw new IllegalArgumentException("Tick \"Skip these rows\" to import the rest, or Cancel.");
        }
        List<Map<String, String>> names = new ArrayList<>();
        scanPlan.segments().forEach(s -> names.add(new LinkedHashMap<>()));
        for (LabelRow row : labelList.getItems()) {
            String name = row.name.isBlank() ? row.shown : row.name.trim();
            names.get(row.column).put(row.key, name);
        }
        SurveyImportPlan plan = plan(names);
        List<String> touchpointIds = draft.touchpointIds();
        String stageId = stageChoice.getSelectionModel().getSelectedIndex() < 0 ? null
                : map.stages().get(stageChoice.getSelectionModel().getSelectedIndex()).id();
        long total = scan.rowsRead();
        boolean skip = skipBadRows.isSelected();
        boolean crossed = secondIsSet();
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() {
                return importer.storeResponses(map.id(),
                        new ImportSurveyIntoProject.Request(plan, touchpointIds, stageId, crossed, skip),
                        n -> {
                            updateProgress(n, Math.max(total, n));
                            updateMessage("Imported " + n + " of " + total + " rows…");
                        }, this::isCancelled);
            }
        };
        show(3);
        progressBar.progressProperty().bind(task.progressProperty());
        progressLabel.textProperty().bind(task.messageProperty());
        runTask(task, "Importing…", id -> {
            progressBar.progressProperty().unbind();
            progressLabel.textProperty().unbind();
            onImported.accept(new SurveyImported(id, plan, crossed, touchpointIds, stageId));
            onClose.run();
        });
    }

    private <T> void runTask(Task<T> task, String title, Consumer<T> onSuccess) {
        running = task;
        nextButton.setDisable(true);
        backButton.setDisable(true);
        stepHint.setText(title);
        task.setOnSucceeded(e -> {
            running = null;
            nextButton.setDisable(false);
            backButton.setDisable(false);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> finishedBadly(task.getException() instanceof ImportCancelledException
                ? "Cancelled; nothing was imported." : String.valueOf(task.getException().getMessage())));
        task.setOnCancelled(e -> finishedBadly("Cancelled; nothing was imported."));
        Thread thread = new Thread(task, "survey-import");
        thread.setDaemon(true);
        thread.start();
    }

    private void finishedBadly(String message) {
        running = null;
        progressBar.progressProperty().unbind();
        progressLabel.textProperty().unbind();
        nextButton.setDisable(false);
        backButton.setDisable(false);
        errorLabel.setText(message);
        show(step == 3 ? 2 : step);
    }

    private void show(int newStep) {
        step = newStep;
        filePage.setVisible(step == 0);
        columnsPage.setVisible(step == 1);
        checkPage.setVisible(step == 2);
        importPage.setVisible(step == 3);
        String[] titles = {"1 · Choose a survey export", "2 · Segments, ratings and touchpoints",
            "3 · Check labels and unreadable rows", "4 · Importing"};
        String[] hints = {"CSV from Google Forms, SurveyMonkey, Qualtrics, Typeform or a spreadsheet. "
                + "Encoding, delimiter and layout are detected.",
            "Pick who the respondents are and which columns rate which touchpoint. Detected rating columns are "
                + "ticked; unmatched ones become new touchpoints in the chosen stage.",
            "These labels become map segments. Rename a label, or give two the same name to merge them.",
            "Nothing is stored until the import is complete; Cancel leaves the library as it was."};
        stepTitle.setText(titles[step]);
        stepHint.setText(hints[step]);
        backButton.setDisable(step == 0 || step == 3);
        nextButton.setText(step == 2 ? "Import" : "Next");
        nextButton.setDisable(step == 3 || format == null);
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    /** One normalised segment label, the spellings found and the name the user gives it. */
    static final class LabelRow {
        final int column;
        final String columnName;
        final String key;
        final String shown;
        final Map<String, Long> spellings;
        String name;

        LabelRow(int column, String columnName, String key, String shown, Map<String, Long> spellings) {
            this.column = column;
            this.columnName = columnName;
            this.key = key;
            this.shown = shown;
            this.spellings = spellings;
            this.name = shown;
        }

        String spellingsText() {
            if (spellings.size() < 2) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            spellings.forEach((raw, n) -> parts.add("\"" + raw + "\" ×" + n));
            return String.join(", ", parts) + " → " + shown;
        }
    }
}
