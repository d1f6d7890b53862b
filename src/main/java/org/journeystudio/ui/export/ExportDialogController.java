package org.journeystudio.ui.export;

import org.journeystudio.usecase.ExportChoices;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;
import org.journeystudio.ui.Views;

/** The export dialog: format, map or heatmap, and the options of the chosen format; only those are enabled. */
public final class ExportDialogController {
    private static final String ALL_SEGMENTS = "";
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    @FXML private GridPane exportForm;
    @FXML private ChoiceBox<ExportFormat> formatChoice;
    @FXML private RadioButton mapChoice;
    @FXML private RadioButton heatmapChoice;
    @FXML private ToggleGroup contentGroup;
    @FXML private ChoiceBox<String> segmentChoice;
    @FXML private ChoiceBox<Integer> scaleChoice;
    @FXML private ChoiceBox<String> backgroundChoice;
    @FXML private ChoiceBox<PageSize> pageChoice;
    @FXML private ChoiceBox<PageFit> fitChoice;

    private final JourneyMap map;
    private final ExportChoices initial;
    private Parent view;

    ExportDialogController(JourneyMap map, ExportChoices initial) {
        this.map = map;
        this.initial = initial;
    }

    @FXML
    private void initialize() {
        formatChoice.getItems().setAll(ExportFormat.values());
        formatChoice.setConverter(labels(f -> f.name() + " (." + f.extension() + ")"));
        // Segment ids, with "" standing for every segment.
        segmentChoice.getItems().add(ALL_SEGMENTS);
        map.segments().forEach(segment -> segmentChoice.getItems().add(segment.id()));
        segmentChoice.setConverter(labels(id -> id.isEmpty() ? "All segments"
                : map.segment(id).map(Segment::name).orElse(id)));
        scaleChoice.getItems().setAll(1, 2, 4);
        scaleChoice.setConverter(labels(s -> s + "×"));
        backgroundChoice.getItems().setAll("White", "Transparent");
        pageChoice.getItems().setAll(PageSize.values());
        pageChoice.setConverter(labels(p -> p.label() + " landscape"));
        fitChoice.getItems().setAll(PageFit.values());
        fitChoice.setConverter(labels(f -> f == PageFit.POSTER ? "Poster (tiled pages)" : "Fit to one page"));

        formatChoice.setValue(initial.format());
        (initial.heatmap() && !map.segments().isEmpty() ? heatmapChoice : mapChoice).setSelected(true);
        segmentChoice.setValue(initial.segmentId() != null && map.segment(initial.segmentId()).isPresent()
                ? initial.segmentId() : ALL_SEGMENTS);
        scaleChoice.setValue(scaleChoice.getItems().contains((int) initial.scale()) ? (int) initial.scale() : 1);
        backgroundChoice.setValue(initial.transparent() ? "Transparent" : "White");
        pageChoice.setValue(initial.page());
        fitChoice.setValue(initial.fit());

        // A map without segments has no heatmap to export; CSV lists touchpoints whatever is chosen.
        var csv = formatChoice.valueProperty().isEqualTo(ExportFormat.CSV);
        mapChoice.disableProperty().bind(csv);
        heatmapChoice.disableProperty().bind(csv.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> map.segments().isEmpty())));
        segmentChoice.disableProperty().bind(csv.or(heatmapChoice.selectedProperty().not()));
        var notPng = formatChoice.valueProperty().isNotEqualTo(ExportFormat.PNG);
        scaleChoice.disableProperty().bind(notPng);
        backgroundChoice.disableProperty().bind(notPng);
        var notPdf = formatChoice.valueProperty().isNotEqualTo(ExportFormat.PDF);
        pageChoice.disableProperty().bind(notPdf);
        fitChoice.disableProperty().bind(notPdf);
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    public static Optional<ExportChoices> ask(Window owner, JourneyMap map, ExportChoices initial) {
        ExportDialogController controller = new ExportDialogController(map, initial);
        Dialog<ExportChoices> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export '" + map.title() + "'");
        dialog.getDialogPane().setContent(controller.view());
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == EXPORT ? controller.choices() : null);
        return dialog.showAndWait();
    }

    Parent view() {
        if (view == null) {
            view = Views.load(this);
        }
        return view;
    }

    /** The choices as the controls show them now. */
    ExportChoices choices() {
        String segment = segmentChoice.getValue();
        String segmentId = segment == null || segment.isEmpty() ? null : segment;
        boolean heatmap = heatmapChoice.isSelected() && formatChoice.getValue() != ExportFormat.CSV;
        return new ExportChoices(formatChoice.getValue(), scaleChoice.getValue(),
                "Transparent".equals(backgroundChoice.getValue()), pageChoice.getValue(), fitChoice.getValue(),
                heatmap, segmentId);
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("Choices are picked, not typed");
            }
        };
    }
}
