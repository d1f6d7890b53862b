package org.journeystudio.ui.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.MapView;
import org.journeystudio.layout.MatrixLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.render.ActionPlanFormat;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.MapExporter;
import org.journeystudio.render.MatrixDrawing;
import org.journeystudio.store.AtomicFile;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.usecase.ExportActionPlan;
import org.journeystudio.usecase.ExportChoices;

/**
 * The editor's Export menu: asks what to export, where to, then writes the file off the FX thread with a
 * progress window that can cancel it; also prints through {@link MapPrinting}.
 */
public final class MapExports {
    /** The style class of the progress box; its rule is in export.css. */
    private static final String EXPORT_PROGRESS = "export-progress";

    /** The id of the menu item that prints; any other item exports. */
    public static final String PRINT_ITEM = "printItem";
    /** The id of the menu item that writes a Mermaid journey: no options to ask, only the file. */
    public static final String MERMAID_ITEM = "mermaidItem";

    /** The menu items that write the action plan, by id, and the format each writes. */
    private static final Map<String, ActionPlanFormat> ACTION_PLAN_ITEMS = Map.of("actionsJiraItem",
            ActionPlanFormat.JIRA, "actionsAzureItem", ActionPlanFormat.AZURE, "actionsCsvItem", ActionPlanFormat.CSV,
            "actionsJsonItem", ActionPlanFormat.JSON);

    private final FilePicker picker;
    private final BackgroundWork work;
    private final StudioPreferences preferences;
    private final Function<JourneyMap, RatingSpreads> spreads;
    private ExportChoices last;

    /**
     * Starts from the choices remembered in {@code preferences} and remembers each new one there; a Markdown
     * report gives the n behind each rating from {@code spreads}, asked off the FX thread.
     */
    public MapExports(FilePicker picker, BackgroundWork work, StudioPreferences preferences,
                      Function<JourneyMap, RatingSpreads> spreads) {
        this.picker = picker;
        this.work = work;
        this.preferences = preferences;
        this.spreads = spreads;
        this.last = ExportChoices.decode(preferences.lastExportChoices());
    }

    /** Runs the menu item with id {@code itemId} on {@code map}; {@code status} gets the one-line outcome. */
    public void run(String itemId, Window owner, JourneyMap map, Consumer<String> status) {
        run(itemId, owner, map, MapView.JOURNEY, status);
    }

    /**
     * As {@link #run(String, Window, JourneyMap, Consumer)}, exporting and printing the map in the view the editor
     * shows: the blueprint view exports the blueprint, as seen.
     */
    public void run(String itemId, Window owner, JourneyMap map, MapView shown, Consumer<String> status) {
        if (PRINT_ITEM.equals(itemId)) {
            new MapPrinting(work).print(owner, map, last.options().withView(shown), status);
        } else if (ACTION_PLAN_ITEMS.containsKey(itemId)) {
            exportActionPlan(owner, map, ACTION_PLAN_ITEMS.get(itemId), status);
        } else if (MERMAID_ITEM.equals(itemId)) {
            ExportChoices mermaid = new ExportChoices(ExportFormat.MERMAID, 1, false, ExportChoices.DEFAULT.page(),
                    ExportChoices.DEFAULT.fit(), false, java.util.List.of());
            picker.chooseExportTarget(owner, ExportChoices.fileName(map.title(), ExportFormat.MERMAID),
                    ExportFormat.MERMAID.extension()).ifPresent(file -> exportTo(owner, map, mermaid, file, status));
        } else {
            export(owner, map, shown, status);
        }
    }

    /** Asks for the file, then writes the map's opportunities in {@code format} in the background. */
    private void exportActionPlan(Window owner, JourneyMap map, ActionPlanFormat format, Consumer<String> status) {
        String name = ExportChoices.fileName(map.title(), ExportFormat.CSV).replaceFirst("\\.csv$", "")
                + "-actions-" + format.word() + format.extension();
        picker.chooseExportTarget(owner, name, format.extension().substring(1)).ifPresent(file -> work.run(
                BackgroundWork.task(Messages.text("export.writingTheActionPlan"), cancelled ->
                        ExportActionPlan.write(map, format, PriorityRule.DEFAULT, file)),
                count -> status.accept(Messages.text("export.wroteOpportunities", count, file.getFileName())),
                failure -> status.accept(Messages.text("export.actionPlanNotWritten", failure.getMessage()))));
    }

    /** Asks for the file, then draws {@code layout} (the matrix of {@code map}) in {@code format} in the background. */
    public void exportMatrix(Window owner, JourneyMap map, MatrixLayout layout, ActionPlanFormat format,
                             Consumer<String> status) {
        String name = ExportChoices.fileName(map.title(), ExportFormat.CSV).replaceFirst("\\.csv$", "")
                + "-matrix" + format.extension();
        picker.chooseExportTarget(owner, name, format.extension().substring(1)).ifPresent(file -> work.run(
                BackgroundWork.task(Messages.text("export.drawingTheMatrix"), cancelled -> {
                    AtomicFile.write(file, out -> MatrixDrawing.write(map, layout, format, out));
                    return file;
                }),
                written -> status.accept(Messages.text("export.wroteTheMatrix", written.getFileName())),
                failure -> status.accept(Messages.text("export.matrixNotWritten", failure.getMessage()))));
    }

    /** Asks for the options and the file, then exports; nothing happens when either question is cancelled. */
    public void export(Window owner, JourneyMap map, Consumer<String> status) {
        export(owner, map, MapView.JOURNEY, status);
    }

    private void export(Window owner, JourneyMap map, MapView shown, Consumer<String> status) {
        Optional<ExportChoices> asked = ExportDialogController.ask(owner, map, last);
        if (asked.isEmpty()) {
            return;
        }
        ExportChoices choices = asked.get();
        last = choices; // the next export starts from these, also after a restart
        preferences.setLastExportChoices(choices.encode());
        if (MapExporter.needsPreparing(choices.format())) {
            work.run(BackgroundWork.task(Messages.text("export.preparing", choices.format()), cancelled -> {
                MapExporter.prepare(choices.format());
                return null;
            }), prepared -> { }, failure -> { }); // a real failure shows again in the export itself
        }
        Optional<Path> target = picker.chooseExportTarget(owner, ExportChoices.fileName(map.title(),
                choices.format()), choices.format().extension());
        target.ifPresent(file -> write(owner, map, choices, shown, file, status));
    }

    /**
     * Exports the map to hand in (the student exercise): a PDF on one A4 page, whatever the last export was;
     * only the file is asked, named after the map and in the folder used last.
     */
    public void exportForHandIn(Window owner, JourneyMap map, Consumer<String> status) {
        ExportFormat pdf = ExportChoices.DEFAULT.format();
        picker.chooseExportTarget(owner, ExportChoices.fileName(map.title(), pdf), pdf.extension())
                .ifPresent(file -> exportTo(owner, map, ExportChoices.DEFAULT, file, status));
    }

    /** Writes the export, of the journey view, in the background with a progress window; returns the task. */
    public Task<Path> exportTo(Window owner, JourneyMap map, ExportChoices choices, Path file,
                               Consumer<String> status) {
        return write(owner, map, choices, MapView.JOURNEY, file, status);
    }

    private Task<Path> write(Window owner, JourneyMap map, ExportChoices choices, MapView shown, Path file,
                             Consumer<String> status) {
        Task<Path> task = new ExportTask(file) {
            @Override
            protected void write(Path target, ExportMonitor monitor) throws Exception {
                RatingSpreads behind = choices.format() == ExportFormat.MD ? spreads.apply(map) : RatingSpreads.NONE;
                MapExporter.export(map, choices.options().withView(shown), behind, target, monitor);
            }
        };
        Stage progress = progressWindow(owner, task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == javafx.concurrent.Worker.State.CANCELLED) {
                progress.close();
                status.accept(Messages.text("export.cancelled"));
            }
        });
        work.run(task, written -> {
            progress.close();
            status.accept(Messages.text("export.exportedTo", written.toAbsolutePath()));
        }, failure -> {
            progress.close();
            status.accept(Messages.text("export.failed"));
            Dialogs.error(owner, Messages.text("export.couldNotExportTo", file), failure);
        });
        progress.show();
        return task;
    }

    private static Stage progressWindow(Window owner, Task<?> task) {
        Label what = new Label(task.getTitle());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(Messages.text("export.cancel"));
        cancel.setId("cancelExport");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(what, bar, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add(EXPORT_PROGRESS);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("export.exportingTitle"));
        Scene scene = new Scene(box);
        scene.getStylesheets().add(MapExports.class.getResource("export.css").toExternalForm());
        stage.setScene(scene);
        return stage;
    }
}
