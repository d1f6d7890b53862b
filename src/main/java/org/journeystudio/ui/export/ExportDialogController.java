package org.journeystudio.ui.export;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.KeyboardCheckComboBox;
import org.journeystudio.ui.Views;
import org.journeystudio.usecase.ExportChoices;

/** The export dialog: format, map or heatmap, and the options of the chosen format; only those are enabled. */
public final class ExportDialogController {
    @FXML private GridPane exportForm;
    @FXML private ChoiceBox<ExportFormat> formatChoice;
    @FXML private RadioButton mapChoice;
    @FXML private RadioButton heatmapChoice;
    @FXML private ToggleGroup contentGroup;
    /** The heatmap's segments by id: any of them, all checked at first. */
    @FXML private KeyboardCheckComboBox<String> segmentChecks;
    @FXML private ChoiceBox<Integer> scaleChoice;
    @FXML private ChoiceBox<Boolean> backgroundChoice;
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
        // Mermaid has its own menu item: none of this dialog's choices applies to it.
        formatChoice.getItems().setAll(java.util.Arrays.stream(ExportFormat.values())
                .filter(f -> f != ExportFormat.MERMAID).toList());
        formatChoice.setConverter(labels(ExportDialogController::formatLabel));
        map.segments().forEach(segment -> segmentChecks.getItems().add(segment.id()));
        segmentChecks.setConverter(labels(id -> map.segment(id).map(Segment::name).orElse(id)));
        scaleChoice.getItems().setAll(1, 2, 4);
        scaleChoice.setConverter(labels(s -> s + "×"));
        backgroundChoice.getItems().setAll(false, true);
        backgroundChoice.setConverter(labels(clear -> Messages.text(clear ? "export.transparent" : "export.white")));
        pageChoice.getItems().setAll(PageSize.values());
        pageChoice.setConverter(labels(PageSize::label));
        fitChoice.getItems().setAll(PageFit.values());
        fitChoice.setConverter(labels(f -> Messages.text(f == PageFit.POSTER ? "export.poster" : "export.fitToOnePage")));

        formatChoice.setValue(initial.format());
        (initial.heatmap() && !map.segments().isEmpty() ? heatmapChoice : mapChoice).setSelected(true);
        checkSegments(initial.segmentIds());
        scaleChoice.setValue(scaleChoice.getItems().contains((int) initial.scale()) ? (int) initial.scale() : 1);
        backgroundChoice.setValue(initial.transparent());
        pageChoice.setValue(initial.page());
        fitChoice.setValue(initial.fit());

        // A map without segments has no heatmap to export; a spreadsheet lists touchpoints whatever is chosen, and a
        // deck or report holds both the map and its heatmap.
        var notDrawn = Bindings.createBooleanBinding(() -> !formatChoice.getValue().drawsPicture(),
                formatChoice.valueProperty());
        mapChoice.disableProperty().bind(notDrawn);
        heatmapChoice.disableProperty().bind(notDrawn.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> map.segments().isEmpty())));
        segmentChecks.disableProperty().bind(notDrawn.or(heatmapChoice.selectedProperty().not()));
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
        dialog.setTitle(Messages.text("export.title"));
        dialog.setHeaderText(Messages.text("export.header", map.title()));
        ButtonType export = new ButtonType(Messages.text("export.exportButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(controller.view());
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        Dialogs.themed(dialog.getDialogPane());
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(controller.noSegmentChecked());
        dialog.setResultConverter(button -> button == export ? controller.choices() : null);
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
        boolean heatmap = heatmapChoice.isSelected() && formatChoice.getValue().drawsPicture();
        List<String> checked = segmentChecks.getCheckModel().getCheckedItems();
        // All of them is "every segment", as before the dialog offered a choice.
        List<String> segmentIds = checked.size() == segmentChecks.getItems().size() ? List.of()
                : segmentChecks.getItems().stream().filter(checked::contains).toList();
        return new ExportChoices(formatChoice.getValue(), scaleChoice.getValue(),
                backgroundChoice.getValue(), pageChoice.getValue(), fitChoice.getValue(),
                heatmap, segmentIds);
    }

    /** "PowerPoint (.pptx)", "PNG (.png)"…: what the format list shows. */
    static String formatLabel(ExportFormat format) {
        return switch (format) {
            case XLSX -> "Excel (.xlsx)";
            case PPTX -> "PowerPoint (.pptx)";
            case MD -> "Markdown (.md)";
            default -> format.name() + " (." + format.extension() + ")";
        };
    }


    /** Checks the segments chosen last time that the map still has, else every segment. */
    private void checkSegments(List<String> chosen) {
        List<String> known = chosen.stream().filter(segmentChecks.getItems()::contains).toList();
        if (known.isEmpty()) {
            segmentChecks.getCheckModel().checkAll();
        } else {
            known.forEach(segmentChecks.getCheckModel()::check);
        }
        var checked = segmentChecks.getCheckModel().getCheckedItems();
        // The closed box names the checked segments; "All segments" reads better than every name in a row.
        segmentChecks.titleProperty().bind(Bindings.createStringBinding(() -> {
            if (segmentChecks.getItems().isEmpty()) {
                return Messages.text("export.noSegments");
            }
            if (checked.isEmpty()) {
                return Messages.text("export.pickASegment");
            }
            return checked.size() == segmentChecks.getItems().size() ? Messages.text("export.allSegments") : null;
        }, checked));
    }

    /** True while a heatmap is to be exported and none of its segments is checked: nothing to draw. */
    BooleanBinding noSegmentChecked() {
        var checked = segmentChecks.getCheckModel().getCheckedItems();
        return Bindings.createBooleanBinding(() -> !segmentChecks.isDisable() && checked.isEmpty(), checked,
                segmentChecks.disableProperty());
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
