package org.journeystudio.editing;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.MoveScenario;
import org.journeystudio.edit.command.RemoveScenario;
import org.journeystudio.edit.command.ShowScenario;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Limits;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;

/**
 * The editor's scenario actions without the toolkit: the command each one runs (every one a single undo step),
 * the name a new scenario is offered, what is wrong with a typed name, and what to ask before a delete.
 */
public final class ScenarioEdits {
    private ScenarioEdits() {
    }

    /**
     * The name a copy of the shown scenario is offered, in the language in use: "To-be" ("Soll-Zustand") for a
     * copy of "As-is", else the shown scenario's name with the first free number ("To-be 2"). Keep it with
     * {@link ScenarioNames#stored}, which turns an offered default name back into the model's.
     */
    public static String suggestedName(JourneyMap map) {
        String current = map.scenarios().active().name();
        if (current.equalsIgnoreCase(Scenario.AS_IS) && map.scenarios().named(Scenario.TO_BE).isEmpty()) {
            return ScenarioNames.shown(Scenario.TO_BE);
        }
        String base = current.isBlank() ? Messages.text("scenarios.scenario")
                : ScenarioNames.shown(current).replaceFirst("\\s+\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = Messages.text("scenarios.numbered", base, n);
            if (map.scenarios().named(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /**
     * Why {@code name} cannot name a scenario (empty, too long, or another scenario's name, a default one in any
     * language included); empty when it can. {@code scenarioId} is the scenario being renamed (it may keep its
     * name), or empty for a new one.
     */
    public static Optional<String> nameProblem(JourneyMap map, String scenarioId, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            return Optional.of(Messages.text("scenarios.needsName"));
        }
        if (wanted.length() > Limits.NAME) {
            return Optional.of(Messages.text("scenarios.nameTooLong", Limits.NAME));
        }
        return map.scenarios().named(wanted).filter(s -> !s.id().equals(scenarioId))
                .map(s -> Messages.text("scenarios.nameTaken", quoted(s)));
    }

    /**
     * Ids for {@link AddScenario#copying}: it asks for the scenario's id first, then one per copied touchpoint, so
     * the first is a scenario's and the rest are touchpoints' like every card's.
     */
    public static Supplier<String> freshIds() {
        boolean[] scenarioGiven = {false};
        return () -> {
            if (scenarioGiven[0]) {
                return Ids.next("tp");
            }
            scenarioGiven[0] = true;
            return Ids.next("scenario");
        };
    }

    /** Shows the scenario {@code by} places after the shown one (negative: before), round the list; empty with one. */
    public static Optional<ShowScenario> cycle(JourneyMap map, int by) {
        List<Scenario> list = map.scenarios().list();
        if (list.size() < 2) {
            return Optional.empty();
        }
        int at = indexOfShown(map);
        int next = Math.floorMod(at + by, list.size());
        return Optional.of(ShowScenario.of(map, list.get(next).id()));
    }

    /** Moves the shown scenario one place left ({@code by} −1) or right (+1); empty at that end of the list. */
    public static Optional<MoveScenario> moveShown(JourneyMap map, int by) {
        int to = indexOfShown(map) + by;
        if (to < 0 || to >= map.scenarios().list().size()) {
            return Optional.empty();
        }
        return Optional.of(MoveScenario.of(map, map.scenarios().activeId(), to));
    }

    /** Whether the shown scenario can move one place that way. */
    public static boolean canMoveShown(JourneyMap map, int by) {
        return moveShown(map, by).isPresent();
    }

    /** The shown scenario's place in the list. */
    public static int indexOfShown(JourneyMap map) {
        List<Scenario> list = map.scenarios().list();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(map.scenarios().activeId())) {
                return i;
            }
        }
        throw new IllegalStateException("The shown scenario is not in the map's list");
    }

    /**
     * What to ask before deleting a scenario: that its cards go, and, when others were copied from it, that those
     * keep their cards and are compared from then on with what it was copied from.
     */
    public static String deleteQuestion(JourneyMap map, String scenarioId) {
        Scenario gone = map.scenarios().scenario(scenarioId).orElseThrow();
        String question = Messages.text("scenarios.deleteQuestion", quoted(gone), map.touchpointsOf(scenarioId).size());
        List<Scenario> derived = RemoveScenario.derivedFrom(map, scenarioId);
        if (derived.isEmpty()) {
            return question;
        }
        String names = String.join(", ", derived.stream().map(ScenarioEdits::quoted).toList());
        Optional<Scenario> basis = map.scenarios().scenario(gone.basisId());
        return question + "\n\n" + (basis.isPresent()
                ? Messages.text("scenarios.copiesComparedWithBasis", derived.size(), names, quoted(basis.get()),
                        quoted(gone))
                : Messages.text("scenarios.copiesNoLongerCompared", derived.size(), names));
    }

    private static String quoted(Scenario scenario) {
        return Messages.text("scenarios.quoted", ScenarioNames.shown(scenario));
    }

    /**
     * The scenario whose emotion curve is drawn dashed behind the shown one: the one it was copied from, else
     * the first one copied from it (the as-is shows its to-be), else the next one in the list; empty with one.
     */
    public static Optional<String> curveToCompare(JourneyMap map) {
        Scenario shown = map.scenarios().active();
        List<Scenario> list = map.scenarios().list();
        if (list.size() < 2) {
            return Optional.empty();
        }
        if (map.scenarios().scenario(shown.basisId()).isPresent()) {
            return Optional.of(shown.basisId());
        }
        return list.stream().filter(s -> s.basisId().equals(shown.id())).findFirst()
                .or(() -> Optional.of(list.get((indexOfShown(map) + 1) % list.size())))
                .map(Scenario::id);
    }
}
