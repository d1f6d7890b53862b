package org.journeystudio.ui.compare;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.ui.Theme;
import org.journeystudio.usecase.CompareChoices;
import org.journeystudio.usecase.JourneyFiles;

/** Opens the compare view of a map in its own window over the editor, sized to the screen it is on. */
public final class CompareWindow {
    private static final double WIDTH = 1060;
    private static final double HEIGHT = 820;

    private final ProjectLibrary library;
    private final JourneyFiles files;
    private final FilePicker picker;
    private final BackgroundWork work;

    public CompareWindow(ProjectLibrary library, JourneyFiles files, FilePicker picker, BackgroundWork work) {
        this.library = library;
        this.files = files;
        this.picker = picker;
        this.work = work;
    }

    /** Shows the comparison of {@code map}'s usual two states (see {@link CompareChoices#usual()}). */
    public Stage open(Window owner, JourneyMap map) {
        CompareController controller = new CompareController(CompareChoices.inLibrary(map, library, files), picker, work);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.text("compare.windowTitle", map.title()));
        Scene scene = new Scene(controller.load());
        Theme.style(scene);
        stage.setScene(scene);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(HEIGHT, screen.getHeight()));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
        return stage;
    }
}
