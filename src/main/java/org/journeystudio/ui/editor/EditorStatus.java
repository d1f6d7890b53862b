package org.journeystudio.ui.editor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.journeystudio.edit.DocumentChange;
import org.journeystudio.editing.SaveState;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.ui.session.EditorSession;

/**
 * What the editor says about the open map outside the canvas: its title and summary in the toolbar, whether it
 * is safely in the library ("Saved", "Saving…", "Not saved: …" in the status bar and the window title), and what
 * the last gesture, undo or redo did, or why it was refused.
 */
final class EditorStatus {
    // The save state's style classes; their rules are in editor.css.
    private static final String SAVED_STYLE = "saved";
    private static final String SAVING_STYLE = "saving";
    private static final String NOT_SAVED_STYLE = "not-saved";

    private static final String APP_NAME = "Journey Studio";

    private final EditorSession session;
    private final AutoSaver saver;
    private final Label saveStatus;
    private final Label title;
    private final Label summary;
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();

    /** The labels: the map's title and summary, the save state, and the message about the last gesture. */
    record Labels(Label title, Label summary, Label saveStatus, Label message) {
    }

    EditorStatus(EditorSession session, AutoSaver saver, Labels labels) {
        this.session = session;
        this.saver = saver;
        this.saveStatus = labels.saveStatus();
        this.title = labels.title();
        this.summary = labels.summary();
        Label message = labels.message();
        saver.stateProperty().addListener((obs, old, state) -> showSaveState());
        session.mapProperty().addListener((obs, old, map) -> {
            showHeading(map);
            showSaveState();
        });
        session.lastChangeProperty().addListener((obs, old, change) -> {
            if (change.kind() == DocumentChange.Kind.UNDONE) {
                session.tell(Messages.text("editor.undone", change.description()));
            } else if (change.kind() == DocumentChange.Kind.REDONE) {
                session.tell(Messages.text("editor.redone", change.description()));
            }
        });
        session.statusProperty().addListener((obs, old, status) -> {
            message.setText(status.text());
            message.getStyleClass().remove(StudioStyles.ERROR);
            if (status.error()) {
                message.getStyleClass().add(StudioStyles.ERROR);
            }
        });
        showHeading(session.map());
        showSaveState();
    }

    /**
     * "Title — Journey Studio", with the shown scenario when the map has several ("Title — To-be — Journey
     * Studio"), and "Saving…" or "Not saved" while the library is behind.
     */
    ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    private void showHeading(JourneyMap map) {
        title.setText(map.title());
        // The scenario can be a paragraph: in the toolbar it would crowd out the buttons, so it is the tooltip.
        title.setTooltip(map.scenario().isEmpty() ? null : new Tooltip(map.title() + "\n" + map.scenario()));
        summary.setText(Messages.text("editor.summary", map.stages().size(), map.touchpoints().size()));
    }

    private void showSaveState() {
        SaveState state = saver.state();
        saveStatus.setText(state.text());
        saveStatus.getStyleClass().removeAll(SAVED_STYLE, SAVING_STYLE, NOT_SAVED_STYLE);
        saveStatus.getStyleClass().add(switch (state.kind()) {
            case SAVED -> SAVED_STYLE;
            case SAVING -> SAVING_STYLE;
            case NOT_SAVED -> NOT_SAVED_STYLE;
        });
        JourneyMap map = session.map();
        String shown = map.scenarios().list().size() > 1
                ? Messages.text("editor.titleWithScenario", map.title(),
                        ScenarioNames.shown(map.scenarios().active()))
                : map.title();
        String saving = switch (state.kind()) {
            case SAVED -> shown;
            case SAVING -> Messages.text("editor.titleSaving", shown);
            case NOT_SAVED -> Messages.text("editor.titleNotSaved", shown);
        };
        windowTitle.set(Messages.text("editor.windowTitle", saving, APP_NAME));
    }
}
