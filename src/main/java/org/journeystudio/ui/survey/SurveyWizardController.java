package org.journeystudio.ui.survey;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ratings.SegmentLabelRow;
import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.ratings.SurveyImported;
import org.journeystudio.ratings.TextScaleChoices;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Views;
import org.journeystudio.usecase.ImportSurveyIntoProject;
import org.journeystudio.usecase.StepWork;
import org.journeystudio.usecase.SurveyImportWizard;
import org.journeystudio.usecase.SurveyImportWizard.Step;

/**
 * Shows the survey import wizard ({@link SurveyImportWizard}: file and preview → columns → text scales, when
 * there are any → labels and unreadable rows → import) and runs the work its steps hand out in the background, with a busy mark, progress and Cancel.
 * The library changes only when the import commits.
 */
public final class SurveyWizardController {
    private static final int PREVIEW_ROWS = 20;

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
    @FXML private ListView<SurveyImportDraft.RatingPick> ratingList;
    @FXML private VBox scalesPage;
    @FXML private Label countsNote;
    @FXML private Label scalesProblem;
    @FXML private VBox scaleCards;
    @FXML private VBox checkPage;
    @FXML private ListView<SegmentLabelRow> labelList;
    @FXML private Label badRowsTitle;
    @FXML private ListView<String> badRowList;
    @FXML private CheckBox skipBadRows;
    @FXML private VBox importPage;
    @FXML private Label progressLabel;
    @FXML private ProgressBar progressBar;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Label errorLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    private final SurveyImportWizard wizard;
    private final BackgroundWork.Kind steps;
    private final Supplier<Optional<Path>> chooser;
    private final Consumer<SurveyImported> onImported;
    private final Runnable onClose;
    private SurveyFormat shownFormat;
    private List<SegmentLabelRow> shownLabels;
    private ScalesPage scales;
    private TextScaleChoices shownScales;

    /**
     * @param chooser    asks for the survey file (a file chooser in the app, a fixed file in tests)
     * @param onImported gets the committed import, on the FX thread
     * @param onClose    closes the wizard's window
     */
    public SurveyWizardController(ImportSurveyIntoProject importer, BackgroundWork work, JourneyMap map,
                                  Supplier<Optional<Path>> chooser, Consumer<SurveyImported> onImported,
                                  Runnable onClose) {
        this.wizard = new SurveyImportWizard(importer, map);
        this.steps = work.kind("survey wizard");
        this.chooser = chooser;
        this.onImported = onImported;
        this.onClose = onClose;
    }

    public Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        scaleChoice.setItems(FXCollections.observableArrayList(wizard.scaleChoices()));
        scaleChoice.setValue(wizard.scale());
        naField.setText(wizard.notApplicable());
        previewTable.setPlaceholder(new Label(Messages.text("survey.previewPlaceholder")));
        ratingList.setCellFactory(list -> new RatingPickCell(wizard.touchpointChoices(),
                wizard.stageChoices(), wizard.laneChoices(), wizard::stageOf));
        labelList.setCellFactory(list -> new LabelRowCell());
        scales = new ScalesPage(scaleCards, this::show);
        segmentChoice.valueProperty().addListener((obs, old, column) -> wizard.segment(column));
        secondSegmentChoice.valueProperty().addListener((obs, old, column) -> wizard.secondSegment(column));
        scaleChoice.valueProperty().addListener((obs, old, scale) -> wizard.scale(scale));
        naField.textProperty().addListener((obs, old, codes) -> wizard.notApplicable(codes));
        skipBadRows.selectedProperty().addListener((obs, old, skip) -> wizard.skipBadRows(skip));
        busyIndicator.visibleProperty().bind(steps.runningProperty());
        busyLabel.textProperty().bind(steps.messageProperty());
        progressBar.progressProperty().bind(steps.progressProperty());
        progressLabel.textProperty().bind(steps.messageProperty());
        show();
    }

    @FXML
    private void chooseFile() {
        chooser.get().ifPresent(this::read);
    }

    /** Reads the file's format and first rows in the background; the preview shows them when done. */
    Task<?> read(Path file) {
        return start(wizard.read(file));
    }

    @FXML
    void next() {
        wizard.next().ifPresent(this::start);
        show();
    }

    @FXML
    private void back() {
        wizard.back();
        show();
    }

    @FXML
    private void cancel() {
        if (!wizard.working()) {
            onClose.run();
            return;
        }
        steps.cancel();
        wizard.cancelled();
        show();
    }

    private <T> Task<T> start(StepWork<T> work) {
        Task<T> task = steps.submit(BackgroundWork.measured(work.title(), work::run), result -> {
            work.done(result);
            show();
            wizard.imported().ifPresent(imported -> {
                onImported.accept(imported);
                onClose.run();
            });
        }, reason -> {
            wizard.failed(reason);
            show();
        });
        show();
        return task;
    }

    /** Shows the wizard as it is now; fills a page again only when what it shows has changed. */
    private void show() {
        Step step = wizard.step();
        filePage.setVisible(step == Step.CHOOSE_FILE);
        columnsPage.setVisible(step == Step.COLUMNS);
        scalesPage.setVisible(step == Step.SCALES);
        checkPage.setVisible(step == Step.CHECK);
        importPage.setVisible(step == Step.IMPORTING);
        stepTitle.setText(step.title());
        stepHint.setText(step.hint());
        errorLabel.setText(wizard.problem());
        backButton.setDisable(!wizard.canGoBack());
        nextButton.setText(wizard.nextLabel());
        nextButton.setDisable(!wizard.canGoNext());
        if (wizard.format() != shownFormat) {
            shownFormat = wizard.format();
            fillFileAndColumns();
        }
        if (wizard.textScales() != shownScales) {
            shownScales = wizard.textScales();
            scales.show(shownScales);
            countsNote.setText(wizard.countsNote());
        }
        scalesProblem.setText(shownScales == null ? "" : shownScales.problem());
        scalesProblem.setManaged(!scalesProblem.getText().isEmpty());
        if (wizard.labelRows() != shownLabels) {
            shownLabels = wizard.labelRows();
            fillCheckPage();
        }
    }

    private void fillFileAndColumns() {
        fileLabel.setText(wizard.fileName());
        formatLabel.setText(wizard.formatFacts());
        previewTable.getColumns().clear();
        List<List<String>> rows = wizard.preview(PREVIEW_ROWS).stream()
                .map(row -> row.stream().map(text -> text.replace('\n', '⏎')).toList()).toList();
        for (SurveyColumn column : shownFormat == null ? List.<SurveyColumn>of() : shownFormat.columns()) {
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(column.shortName());
            int index = column.index();
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? row.getValue().get(index) : ""));
            tableColumn.setPrefWidth(PreviewWidths.of(column.shortName(), rows, index));
            previewTable.getColumns().add(tableColumn);
        }
        previewTable.setItems(FXCollections.observableArrayList(rows));
        // Replacing the items may clear the value, which the wizard hears: keep the file's defaults first.
        String segment = wizard.segment();
        String second = wizard.secondSegment();
        segmentChoice.setItems(FXCollections.observableArrayList(wizard.segmentChoices()));
        segmentChoice.setValue(segment);
        secondSegmentChoice.setItems(FXCollections.observableArrayList(wizard.secondSegmentChoices()));
        secondSegmentChoice.setValue(second);
        ratingList.setItems(FXCollections.observableArrayList(wizard.ratingPicks()));
    }

    private void fillCheckPage() {
        labelList.setItems(FXCollections.observableArrayList(shownLabels));
        badRowsTitle.setText(wizard.badRowsTitle());
        List<String> bad = wizard.badRowLines();
        badRowList.setItems(FXCollections.observableArrayList(bad));
        badRowList.setVisible(!bad.isEmpty());
        badRowList.setManaged(!bad.isEmpty());
        skipBadRows.setVisible(!bad.isEmpty());
        skipBadRows.setSelected(wizard.skipBadRows());
    }
}
