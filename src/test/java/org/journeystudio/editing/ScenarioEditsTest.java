package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.RenameScenario;
import org.journeystudio.edit.command.ShowScenario;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** The editor's scenario actions: the names offered and refused, cycling, moving, and what a delete asks. */
@FastTest
class ScenarioEditsTest {
    private final JourneyMap asIs = SampleMaps.checkout();

    @Test
    void aCopyOfAsIsIsOfferedAsToBeAndLaterCopiesGetTheFirstFreeNumber() {
        assertThat(ScenarioEdits.suggestedName(asIs)).isEqualTo(Scenario.TO_BE);
        JourneyMap toBe = copy(asIs, Scenario.TO_BE);
        assertThat(ScenarioEdits.suggestedName(toBe)).isEqualTo("To-be 2");
        assertThat(ScenarioEdits.suggestedName(toBe.showing(first(toBe)))).isEqualTo("As-is 2");
        JourneyMap toBe2 = copy(toBe, "To-be 2");
        assertThat(ScenarioEdits.suggestedName(toBe2)).isEqualTo("To-be 3");
    }

    @Test
    void aNameMustBeFilledInShortEnoughAndNotAnotherScenarios() {
        JourneyMap map = copy(asIs, Scenario.TO_BE);
        String toBe = map.scenarios().activeId();
        assertThat(ScenarioEdits.nameProblem(map, "", "  ")).contains("A scenario needs a name.");
        assertThat(ScenarioEdits.nameProblem(map, "", "x".repeat(121))).get().asString().contains("at most 120");
        assertThat(ScenarioEdits.nameProblem(map, "", "as-is")).contains("The map already has a scenario called 'As-is'.");
        assertThat(ScenarioEdits.nameProblem(map, toBe, "To-be")).isEmpty(); // a rename may keep the name
        assertThat(ScenarioEdits.nameProblem(map, "", "Competitor")).isEmpty();
    }

    @Test
    void theFirstFreshIdNamesTheScenarioAndTheRestTheCopiedCards() {
        Supplier<String> ids = ScenarioEdits.freshIds();
        assertThat(ids.get()).startsWith("scenario-");
        assertThat(ids.get()).startsWith("tp-");
        assertThat(ids.get()).startsWith("tp-");

        JourneyMap map = copy(asIs, Scenario.TO_BE);
        assertThat(map.scenarios().activeId()).startsWith("scenario-");
        assertThat(map.touchpoints()).allSatisfy(t -> assertThat(t.id()).startsWith("tp-"))
                .extracting(t -> t.origin()).containsExactly("tp-find", "tp-pay");
    }

    @Test
    void cyclingGoesRoundTheListAndNeedsASecondScenario() {
        assertThat(ScenarioEdits.cycle(asIs, 1)).isEmpty();
        JourneyMap three = copy(copy(asIs, "To-be"), "To-be 2"); // shows To-be 2, the last
        List<String> ids = three.scenarios().list().stream().map(Scenario::id).toList();
        assertThat(ScenarioEdits.cycle(three, 1).orElseThrow().apply(three).scenarios().activeId()).isEqualTo(ids.get(0));
        assertThat(ScenarioEdits.cycle(three, -1).orElseThrow().apply(three).scenarios().activeId()).isEqualTo(ids.get(1));
    }

    @Test
    void theShownScenarioMovesWithinTheList() {
        JourneyMap map = copy(asIs, Scenario.TO_BE);
        assertThat(ScenarioEdits.canMoveShown(map, 1)).isFalse();
        JourneyMap moved = ScenarioEdits.moveShown(map, -1).orElseThrow().apply(map);
        assertThat(moved.scenarios().list()).extracting(Scenario::name).containsExactly("To-be", "As-is");
        assertThat(ScenarioEdits.indexOfShown(moved)).isZero();
        assertThat(ScenarioEdits.canMoveShown(moved, -1)).isFalse();
    }

    @Test
    void deletingAScenarioOthersWereCopiedFromSaysTheyKeepTheirCardsAndWhatTheyAreComparedWithNext() {
        JourneyMap map = copy(asIs, Scenario.TO_BE);
        String toBe = map.scenarios().activeId();
        assertThat(ScenarioEdits.deleteQuestion(map, toBe))
                .isEqualTo("Delete the scenario 'To-be' and its 2 touchpoints? You can undo it.");

        String asIsQuestion = ScenarioEdits.deleteQuestion(map, first(map));
        assertThat(asIsQuestion).contains("The scenario 'To-be' was copied from it: it keeps its touchpoints")
                .contains("nothing is marked new or changed in it");

        JourneyMap chain = copy(map, "To-be 2");
        assertThat(ScenarioEdits.deleteQuestion(chain, toBe))
                .contains("'To-be 2' was copied from it: it keeps its touchpoints, and from now on it is compared "
                        + "with 'As-is', which 'To-be' was copied from.");
    }

    @Test
    void theDashedCurveIsTheBasisElseTheFirstCopyElseTheNext() {
        assertThat(ScenarioEdits.curveToCompare(asIs)).isEmpty();
        JourneyMap map = copy(asIs, Scenario.TO_BE);
        String toBe = map.scenarios().activeId();
        assertThat(ScenarioEdits.curveToCompare(map)).contains(first(map));
        assertThat(ScenarioEdits.curveToCompare(map.showing(first(map)))).contains(toBe);

        // Two scenarios copied from none: each shows the next one's.
        List<Scenario> list = map.scenarios().list();
        JourneyMap unrelated = map.withScenarios(map.scenarios().withList(List.of(list.get(0),
                list.get(1).withBasis(""))));
        assertThat(ScenarioEdits.curveToCompare(unrelated.showing(first(unrelated)))).contains(toBe);
    }

    @Test
    void everyScenarioEditIsOneUndoStep() {
        Document document = new Document(asIs);
        document.execute(AddScenario.copying(asIs, first(asIs), "To-be", ScenarioEdits.freshIds()));
        document.execute(ShowScenario.of(document.map(), first(asIs)));
        document.closeMerging();
        document.execute(RenameScenario.of(document.map(), first(asIs), "Today"));
        document.undo();
        assertThat(document.map().scenarios().active().name()).isEqualTo("As-is");
        document.undo();
        assertThat(document.map().scenarios().active().name()).isEqualTo("To-be");
        document.undo();
        assertThat(document.map()).isEqualTo(asIs);
    }

    private static JourneyMap copy(JourneyMap map, String name) {
        return AddScenario.copying(map, map.scenarios().activeId(), name, ScenarioEdits.freshIds()).apply(map);
    }

    private static String first(JourneyMap map) {
        return map.scenarios().list().get(0).id();
    }
}
