package org.journeystudio.ui.editor;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.MoveScenario;
import org.journeystudio.edit.command.RemoveScenario;
import org.journeystudio.edit.command.RenameScenario;
import org.journeystudio.edit.command.ShowScenario;
import org.journeystudio.editing.ScenarioEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioMenuBar;
import org.journeystudio.ui.session.EditorSession;

/**
 * The editor's scenario commands, from the Edit and View menus and the scenario tabs: show, next and previous,
 * new from a scenario (asking its name), rename, move left or right, delete (asking first), and the other
 * scenario's dashed emotion curve. Each runs one command
 * ({@link ScenarioEdits}), so each is one undo step; switching scenario clears the selection, whose ids belong to
 * the scenario left.
 */
final class ScenarioCommands {
    static final String NAME_FIELD = "scenarioNameField";

    private final EditorSession session;
    private final Supplier<Window> window;
    private final BooleanSupplier typing;
    private final StudioMenuBar menus;
    /** View ▸ Other scenario's emotion curve: dashed behind the shown one. */
    private final BooleanProperty otherCurve = new SimpleBooleanProperty();

    /** Runs the menus' scenario commands from now on; {@code drawOtherCurve} switches the dashed curve. */
    ScenarioCommands(EditorSession session, StudioMenuBar menus, Supplier<Window> window, BooleanSupplier typing,
                     Consumer<Boolean> drawOtherCurve) {
        this.session = session;
        this.menus = menus;
        this.window = window;
        this.typing = typing;
        session.lastChangeProperty().addListener((obs, old, change) -> {
            if (!change.previous().scenarios().activeId().equals(change.map().scenarios().activeId())) {
                session.selection().clear();
            }
            enableItems(change.map());
        });
        menus.attach(StudioCommand.NEW_SCENARIO, () -> newFrom(shownId()));
        menus.attach(StudioCommand.RENAME_SCENARIO, () -> rename(shownId()));
        menus.attach(StudioCommand.MOVE_SCENARIO_LEFT, () -> move(shownId(), -1));
        menus.attach(StudioCommand.MOVE_SCENARIO_RIGHT, () -> move(shownId(), 1));
        menus.attach(StudioCommand.DELETE_SCENARIO, () -> delete(shownId()));
        menus.attach(StudioCommand.NEXT_SCENARIO, () -> cycle(1));
        menus.attach(StudioCommand.PREVIOUS_SCENARIO, () -> cycle(-1));
        menus.attachCheck(StudioCommand.OTHER_SCENARIO_CURVE, otherCurve);
        otherCurve.addListener((obs, was, on) -> drawOtherCurve.accept(on));
        enableItems(session.map());
    }

    BooleanProperty otherCurveProperty() {
        return otherCurve;
    }

    /** Moving, deleting and cycling need a second scenario (and room on that side). */
    private void enableItems(JourneyMap map) {
        boolean single = map.scenarios().list().size() < 2;
        menus.item(StudioCommand.MOVE_SCENARIO_LEFT).setDisable(!ScenarioEdits.canMoveShown(map, -1));
        menus.item(StudioCommand.MOVE_SCENARIO_RIGHT).setDisable(!ScenarioEdits.canMoveShown(map, 1));
        menus.item(StudioCommand.DELETE_SCENARIO).setDisable(single);
        menus.item(StudioCommand.NEXT_SCENARIO).setDisable(single);
        menus.item(StudioCommand.PREVIOUS_SCENARIO).setDisable(single);
    }

    private String shownId() {
        return session.map().scenarios().activeId();
    }

    void show(String scenarioId) {
        if (!scenarioId.equals(shownId())) {
            session.runStep(ShowScenario.of(session.map(), scenarioId));
        }
    }

    /** The next scenario ({@code by} 1) or the previous (−1), round the list; keys typed into a field stay there. */
    void cycle(int by) {
        if (!typing.getAsBoolean()) {
            ScenarioEdits.cycle(session.map(), by).ifPresent(session::runStep);
        }
    }

    /** Asks a name (offering "To-be" for a copy of "As-is") and adds a copy of the scenario, shown at once. */
    void newFrom(String scenarioId) {
        JourneyMap map = session.map();
        JourneyMap from = map.showing(scenarioId);
        String name = name(map, scenarioId);
        askName(Messages.text("editor.newScenarioFrom", name), Messages.text("editor.newScenarioPrompt", name),
                ScenarioEdits.suggestedName(from), "")
                .map(ScenarioNames::stored)
                .ifPresent(chosen -> step(AddScenario.copying(map, scenarioId, chosen, ScenarioEdits.freshIds())));
    }

    void rename(String scenarioId) {
        String name = name(session.map(), scenarioId);
        String stored = session.map().scenarios().scenario(scenarioId).map(Scenario::name).orElse(scenarioId);
        askName(Messages.text("editor.renameScenario", name), Messages.text("editor.newName"), name, scenarioId)
                .map(ScenarioNames::stored)
                .filter(chosen -> !chosen.equals(stored))
                .ifPresent(chosen -> step(RenameScenario.of(session.map(), scenarioId, chosen)));
    }

    /** Moves the scenario one place left ({@code by} −1) or right (+1) among the tabs. */
    void move(String scenarioId, int by) {
        JourneyMap map = session.map();
        int to = map.scenarios().list().indexOf(map.scenarios().scenario(scenarioId).orElseThrow()) + by;
        if (to >= 0 && to < map.scenarios().list().size()) {
            step(MoveScenario.of(map, scenarioId, to));
        }
    }

    /** Asks first, saying that scenarios copied from it keep their cards and what they are compared with next. */
    void delete(String scenarioId) {
        JourneyMap map = session.map();
        if (map.scenarios().list().size() < 2) {
            session.tell(Messages.text("editor.lastScenario", name(map, scenarioId)));
            return;
        }
        if (Dialogs.confirm(window.get(), Messages.text("editor.deleteScenarioQuestion", name(map, scenarioId)),
                ScenarioEdits.deleteQuestion(map, scenarioId), Messages.text("editor.deleteScenario"))) {
            step(RemoveScenario.of(session.map(), scenarioId));
        }
    }

    private void step(MapCommand command) {
        session.runStep(command);
    }

    /** Asks until the name is one the map can take, saying what was wrong with the last; empty when cancelled. */
    private Optional<String> askName(String header, String prompt, String initial, String scenarioId) {
        String shownHeader = header;
        String text = initial;
        while (true) {
            Optional<String> typed = Dialogs.askText(window.get(), shownHeader, prompt, text, NAME_FIELD,
                    Messages.text("editor.scenarioNeedsAName"));
            if (typed.isEmpty()) {
                return typed;
            }
            Optional<String> problem = ScenarioEdits.nameProblem(session.map(), scenarioId, typed.get());
            if (problem.isEmpty()) {
                return typed;
            }
            shownHeader = problem.get();
            text = typed.get();
        }
    }

    private static String name(JourneyMap map, String scenarioId) {
        return map.scenarios().scenario(scenarioId).map(ScenarioNames::shown).orElse(scenarioId);
    }
}
