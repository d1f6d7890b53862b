package org.journeystudio.ui.segments;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.session.EditorSession;

/**
 * The Segments & personas editor, opened from the editor: its window, a {@link SegmentColumn} and a
 * {@link PersonaColumn} side by side, the message line, undo, redo and close. Every change is one command on the
 * editor's session; the window follows the session's map until it closes.
 */
public final class SegmentsPersonasController {
    @FXML private HBox columns;
    @FXML private Label message;

    private final EditorSession session;
    private final Function<Window, Optional<Path>> photoChooser;
    private SegmentColumn segments;
    private PersonaColumn personas;
    /**
     * Follows the map after the event that changed it has run: a change made while a list is handling a click
     * (a field that commits as it loses the focus to the list) must not replace the list's items under it.
     */
    private final ChangeListener<JourneyMap> follow;

    /** @param photoChooser asks for a photo file (the platform's file chooser in the studio, a fixed file in tests) */
    public SegmentsPersonasController(EditorSession session, Function<Window, Optional<Path>> photoChooser) {
        this.session = session;
        this.photoChooser = photoChooser;
        this.follow = (o, was, map) -> Platform.runLater(() -> show(session.map()));
    }

    /** Opens the editor in its own window above {@code owner}, following the session until it is closed. */
    public static Stage open(EditorSession session, Window owner) {
        SegmentsPersonasController controller = new SegmentsPersonasController(session,
                SegmentsPersonasController::choosePhoto);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.text("segments.windowTitle", session.map().title()));
        Scene scene = new Scene(controller.load());
        Theme.style(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> controller.detach());
        stage.show();
        return stage;
    }

    /** Loads the view (FXML beside this class) and shows the session's map. */
    public Parent load() {
        Parent view = Views.load(this);
        session.mapProperty().addListener(follow);
        show(session.map());
        return view;
    }

    /** Stops following the session (the window closed). */
    public void detach() {
        session.mapProperty().removeListener(follow);
    }

    @FXML
    private void initialize() {
        SegmentEdits edits = new SegmentEdits(session, message, () -> show(session.map()));
        segments = new SegmentColumn(edits);
        personas = new PersonaColumn(edits, photoChooser, message);
        columns.getChildren().setAll(segments.load(), personas.load());
    }

    private void show(JourneyMap map) {
        segments.show(map);
        personas.show(map);
    }

    @FXML
    private void undo() {
        if (session.document().canUndo()) {
            session.document().undo();
        }
    }

    @FXML
    private void redo() {
        if (session.document().canRedo()) {
            session.document().redo();
        }
    }

    @FXML
    private void close() {
        message.getScene().getWindow().hide();
    }

    private static Optional<Path> choosePhoto(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("segments.choosePhoto"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("segments.filterPictures"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        return FilePicker.showOpen(chooser, owner);
    }
}
