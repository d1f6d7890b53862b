package org.journeystudio.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.workshop.StageVoting;
import org.journeystudio.workshop.WorkshopSession;
import org.journeystudio.workshop.WorkshopState;

/**
 * The voting bar: "All stages", "Next stage" and one toggle per stage, pressed while that stage is open. The
 * toggles show what the session reports, so a click that the session refuses springs back with the next state.
 */
final class VotingControls {
    private final WorkshopSession workshop;
    private final List<String> stageIds;
    private final Supplier<WorkshopState> state;
    private final Consumer<Runnable> control;
    private final ToggleButton allStages;
    private final List<ToggleButton> stageToggles = new ArrayList<>();

    /**
     * @param started the map as the session started: its stages are the ones the session knows
     * @param state   the state shown now
     * @param control runs a session call, reporting a refusal
     */
    VotingControls(WorkshopSession workshop, JourneyMap started, Supplier<WorkshopState> state,
                   Consumer<Runnable> control, ToggleButton allStages, Button nextStage, HBox stageBox) {
        this.workshop = workshop;
        this.stageIds = started.stages().stream().map(Stage::id).toList();
        this.state = state;
        this.control = control;
        this.allStages = allStages;
        for (Stage stage : started.stages()) {
            ToggleButton toggle = new ToggleButton(stage.name());
            toggle.setId("vote-" + stage.id());
            toggle.getStyleClass().add(WorkshopStyles.STAGE_TOGGLE);
            toggle.setTooltip(new Tooltip(Messages.text("workshop.votingOnTip", stage.name())));
            toggle.setOnAction(e -> control.accept(() -> StageVoting.set(workshop, state.get(), stageIds, stage.id(),
                    toggle.isSelected())));
            stageToggles.add(toggle);
        }
        stageBox.getChildren().setAll(stageToggles);
        allStages.setOnAction(e -> control.accept(allStages.isSelected() ? workshop::openAllVoting
                : workshop::closeVoting));
        nextStage.setOnAction(e -> {
            if (!stageIds.isEmpty()) {
                control.accept(() -> workshop.openVoting(Set.of(StageVoting.next(state.get(), stageIds))));
            }
        });
    }

    /** Presses the toggles of the stages open in {@code shown}. */
    void show(WorkshopState shown) {
        Set<String> open = StageVoting.open(shown, stageIds);
        allStages.setSelected(shown.allOpen());
        for (int i = 0; i < stageIds.size(); i++) {
            stageToggles.get(i).setSelected(open.contains(stageIds.get(i)));
        }
    }
}
