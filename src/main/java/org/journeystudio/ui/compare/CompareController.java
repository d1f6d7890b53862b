package org.journeystudio.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.i18n.Messages;
import org.journeystudio.render.CompareLayout;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.ui.Views;
import org.journeystudio.usecase.CompareChoices;

/**
 * The compare view ({@code CompareView.fxml}): which two states, chosen in the toolbar (a scenario, a version, or
 * a {@code .journey.json} file), their {@link CompareLayout} drawn on paper below, and its exports. It only
 * presents: {@link CompareChoices} loads and compares, off the FX thread.
 */
public final class CompareController {
    @FXML private BorderPane compareView;
    @FXML private ComboBox<CompareChoices.Side> beforeChoice;
    @FXML private ComboBox<CompareChoices.Side> afterChoice;
    @FXML private MenuButton compareExportMenu;
    @FXML private ScrollPane paperScroll;
    @FXML private StackPane paper;
    @FXML private Label status;

    private final CompareChoices choices;
    private final FilePicker picker;
    private final BackgroundWork work;
    private final BackgroundWork.Kind comparing;
    private final List<CompareChoices.Side> files = new ArrayList<>();
    private CompareLayout shown;
    private boolean choosing;

    public CompareController(CompareChoices choices, FilePicker picker, BackgroundWork work) {
        this.choices = choices;
        this.picker = picker;
        this.work = work;
        this.comparing = work.kind("compare");
    }

    public Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        StringConverter<CompareChoices.Side> labels = new StringConverter<>() {
            @Override
            public String toString(CompareChoices.Side side) {
                return side == null ? "" : side.label();
            }

            @Override
            public CompareChoices.Side fromString(String text) {
                return null;
            }
        };
        for (ComboBox<CompareChoices.Side> box : List.of(beforeChoice, afterChoice)) {
            box.setConverter(labels);
            box.valueProperty().addListener((obs, old, side) -> compare());
        }
        for (ExportFormat format : org.journeystudio.render.CompareExporter.FORMATS) {
            MenuItem item = new MenuItem(format.name() + "…");
            item.setId("export-" + format.extension());
            item.setOnAction(e -> export(format));
            compareExportMenu.getItems().add(item);
        }
        compareExportMenu.setDisable(true);
        offer();
        choices.usual().ifPresentOrElse(pair -> choose(pair.before(), pair.after()), () -> status.setText(
                Messages.text("compare.nothingToCompare")));
    }

    /** Lists the sides both boxes offer, the files chosen so far included. */
    private void offer() {
        List<CompareChoices.Side> sides = new ArrayList<>(choices.sides());
        sides.addAll(files);
        choosing = true;
        CompareChoices.Side before = beforeChoice.getValue();
        CompareChoices.Side after = afterChoice.getValue();
        beforeChoice.setItems(FXCollections.observableArrayList(sides));
        afterChoice.setItems(FXCollections.observableArrayList(sides));
        beforeChoice.setValue(before);
        afterChoice.setValue(after);
        choosing = false;
    }

    /** Sets both sides, then compares once: the new side is often already chosen and would not fire a change. */
    private void choose(CompareChoices.Side before, CompareChoices.Side after) {
        choosing = true;
        beforeChoice.setValue(before);
        afterChoice.setValue(after);
        choosing = false;
        compare();
    }

    /** Compares the two chosen sides in the background; a newer choice replaces a running comparison. */
    private void compare() {
        CompareChoices.Side before = beforeChoice.getValue();
        CompareChoices.Side after = afterChoice.getValue();
        if (choosing || before == null || after == null) {
            return;
        }
        status.setText(Messages.text("compare.comparing", before.label(), after.label()));
        comparing.submit(BackgroundWork.task(Messages.text("compare.comparingTask"),
                        cancelled -> choices.compare(before, after)), this::show,
                reason -> {
                    status.setText(Messages.text("compare.couldNotCompare", reason));
                    paper.getChildren().clear();
                    shown = null;
                    compareExportMenu.setDisable(true);
                });
    }

    private void show(CompareLayout layout) {
        shown = layout;
        paper.getChildren().setAll(CompareCanvas.of(layout));
        paperScroll.setVvalue(0);
        compareExportMenu.setDisable(false);
        status.setText(layout.summary() + (layout.comparison().scaleNote().isEmpty() ? ""
                : "   " + layout.comparison().scaleNote()));
    }

    /** The old side from a {@code .journey.json} file, against the side chosen as new. */
    @FXML
    private void chooseFile() {
        Optional<Path> file = picker.chooseToImport(window());
        file.ifPresent(path -> {
            CompareChoices.Side side = new CompareChoices.FileSide(path);
            files.add(side);
            offer();
            CompareChoices.Side after = afterChoice.getValue() != null ? afterChoice.getValue()
                    : choices.scenarios().get(0);
            choose(side, after);
        });
    }

    private void export(ExportFormat format) {
        if (shown == null) {
            return;
        }
        CompareLayout layout = shown;
        String name = org.journeystudio.usecase.ExportChoices.fileName(
                choices.title(beforeChoice.getValue(), afterChoice.getValue()), format);
        picker.chooseExportTarget(window(), name, format.extension())
                .ifPresent(file -> CompareExport.write(work, layout, choices.map().title(), format, file,
                        status::setText, window()));
    }

    @FXML
    private void close() {
        comparing.cancel();
        Window window = window();
        if (window != null) {
            window.hide();
        }
    }

    private Window window() {
        return compareView.getScene() == null ? null : compareView.getScene().getWindow();
    }
}
