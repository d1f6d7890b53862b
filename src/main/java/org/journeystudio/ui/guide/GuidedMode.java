package org.journeystudio.ui.guide;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.journeystudio.model.Evidence;
import org.journeystudio.ui.session.EditorSession;

/**
 * The editor's guided mode for the student exercise: while it is on, the {@link ExerciseGuide} stands beside the
 * map and new cards are observed (a student maps their own experience). A project made from the exercise
 * template starts with it on; the View menu's toggle turns it on or off for any map, and the choice is kept.
 */
public final class GuidedMode {
    private final EditorSession session;
    private final Consumer<Node> slot;
    private final BooleanProperty toggle;
    private final Runnable handIn;
    private final ObservableValue<Runnable> compare;
    private Consumer<Boolean> remember = on -> { };
    private ExerciseGuide guide;

    /**
     * @param slot   shows the guide's view beside the map (null: nothing)
     * @param toggle on or off (the View menu's Guided exercise is bound to it)
     * @param handIn  exports the map to hand in
     * @param compare opens the compare view of the as-is and the to-be; null while there is none
     */
    public GuidedMode(EditorSession session, Consumer<Node> slot, BooleanProperty toggle, Runnable handIn,
                      ObservableValue<Runnable> compare) {
        this.session = session;
        this.slot = slot;
        this.toggle = toggle;
        this.handIn = handIn;
        this.compare = compare;
        toggle.addListener((obs, was, on) -> show(on));
    }

    /** Turns the mode on or off as remembered for this map; {@code remember} then keeps each change the user makes. */
    public void start(boolean on, Consumer<Boolean> remember) {
        toggle.set(on);
        this.remember = remember;
    }

    private void show(boolean on) {
        session.newCardEvidenceProperty().set(on ? Evidence.OBSERVED : Evidence.ASSUMED);
        if (on && guide == null) {
            guide = new ExerciseGuide(session, handIn, () -> toggle.set(false), new GuideActions(session, compare));
            slot.accept(guide.view());
        } else if (!on && guide != null) {
            guide.dispose();
            guide = null;
            slot.accept(null);
        }
        remember.accept(on);
    }
}
