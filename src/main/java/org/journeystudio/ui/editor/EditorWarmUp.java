package org.journeystudio.ui.editor;

import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.layout.HBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.TemplateCatalog;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.inspector.InspectorPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the first map open while the home screen waits for the user: builds a throwaway editor on a shipped
 * template, off the FX thread, in no scene (JavaFX allows building nodes on any thread). The first real open then
 * finds the editor's classes loaded (about 840 that the first open loaded before), its FXML read and its
 * node-building code run once. CSS and layout are left to the real open: run off the FX thread they raced with
 * the FX thread's own layout. Nothing of the throwaway is kept, changed or saved. The home screen stays live
 * meanwhile: the FX thread does none of this work.
 */
public final class EditorWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(EditorWarmUp.class);
    private static final String TITLE = "Preparing the editor";
    /** Off by {@code -Djourneystudio.editorWarmUp=false}, to measure the first open without it. */
    public static final String SWITCH = "journeystudio.editorWarmUp";

    private final BackgroundWork.Kind work;
    private final ProjectLibrary library;
    private final TemplateCatalog templates;
    private final ReadOnlyBooleanWrapper prepared = new ReadOnlyBooleanWrapper(this, "prepared", false);

    /** {@code work} runs it; create and {@link #start()} it on the FX thread. */
    public EditorWarmUp(BackgroundWork work, ProjectLibrary library, TemplateCatalog templates) {
        this.work = work.kind(Messages.text("editor.preparingTheEditor"));
        this.library = library;
        this.templates = templates;
    }

    /** Starts once the library is open (the editor's session needs it), unless switched off. */
    public void start() {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true")) || templates.list().isEmpty()) {
            return;
        }
        library.whenOpen(() -> Platform.runLater(() -> work.submit(BackgroundWork.task(Messages.text("editor.preparingTheEditor"),
                cancelled -> {
                    long start = System.nanoTime();
                    buildThrowawayEditor(cancelled);
                    LOG.info("Editor {} in {} ms", cancelled.getAsBoolean() ? "preparation stopped" : "prepared",
                            (System.nanoTime() - start) / 1_000_000);
                    return null;
                }), done -> prepared.set(true), reason -> LOG.warn("The editor could not be prepared: {}", reason))));
    }

    /** True once the throwaway editor was built (not when stopped or failed). */
    public ReadOnlyBooleanProperty preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** True while the preparation runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    /** Stops the preparation if it still runs (a map is being opened: it has the cores to itself). */
    public void cancel() {
        work.cancel();
    }

    /** Each step is short, so opening a map stops the preparation soon after it starts. */
    private void buildThrowawayEditor(BooleanSupplier cancelled) {
        JourneyMap map = templates.instantiate(templates.list().get(0).id(), TITLE, Instant.EPOCH);
        EditorController editor = new EditorController(map, MapLayout.of(map), library, new StudioClipboard(),
                () -> { });
        // Nodes only, in no scene: applying CSS or laying controls out off the FX thread raced with the FX thread's
        // own layout (the control skins share one text-layout object), which threw on either thread.
        HBox root = new HBox();
        List<Runnable> steps = List.of(
                () -> root.getChildren().add(Views.load(editor)),
                // The inspector's forms are built when a map, a card and a stage are first shown in it.
                () -> root.getChildren().add(new InspectorPanel(editor.session()).view()),
                () -> editor.session().selection().selectTouchpoints(map.touchpoints().stream()
                        .map(Touchpoint::id).limit(1).toList()),
                () -> map.stages().stream().findFirst()
                        .ifPresent(stage -> editor.session().selection().selectStage(stage.id())));
        try {
            for (Runnable step : steps) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                step.run();
            }
        } finally {
            if (!root.getChildren().isEmpty()) {
                editor.close(); // its saver's thread; nothing was changed, so nothing is written
            }
        }
    }
}
