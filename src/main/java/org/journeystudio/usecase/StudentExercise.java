package org.journeystudio.usecase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.editing.EditActions;
import org.journeystudio.editing.ScenarioEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;

/**
 * The "map your own customer experience" exercise as a checklist: which of its steps a map fulfils. A guide
 * shows the steps and their instructions beside the map, ticking each as the map fills in; the instructions
 * live here and not on the map, so they never count as touchpoints or end up in an export.
 *
 * <p>Touchpoints count once they are named: a new card still called "New touchpoint" is not listed yet. The
 * steps about one's own experience read the as-is scenario (the first one not copied from another), whichever
 * scenario the editor shows; the last steps imagine the to-be (a copy of the as-is) and compare the two.
 */
public final class StudentExercise {
    /** The template a new exercise starts from; a project made from it opens with the guide. */
    public static final String TEMPLATE_ID = "map-your-own-experience";
    /** The title a project from the template gets in English unless the student names it. */
    public static final String PLACEHOLDER_TITLE = "Map your own experience";
    /** The template's name in the language in use: the title the project gets unless the student names it. */
    private static final String TEMPLATE_NAME = "templates.mapYourOwnExperience.name";
    /** How many touchpoints make a journey worth mapping. */
    public static final int MIN_TOUCHPOINTS = 5;

    private StudentExercise() {
    }

    /** The steps, in order, as {@code map} stands. */
    public static ExerciseProgress check(JourneyMap map) {
        JourneyMap asIs = asIs(map);
        List<Touchpoint> listed = listedTouchpoints(asIs);
        Optional<MapComparison> toBe = toBe(map).map(s -> MapComparison.of(asIs, map.showing(s.id())));
        return new ExerciseProgress(List.of(
                choosePurchase(map),
                listTouchpoints(listed),
                forEach(listed, Messages.text("exercise.expectTitle"), Messages.text("exercise.expectInstruction"),
                        t -> !t.expectations().isEmpty()),
                forEach(listed, Messages.text("exercise.rateTitle"), Messages.text("exercise.rateInstruction"),
                        t -> !t.satisfaction().isEmpty()),
                forEach(listed, Messages.text("exercise.improveTitle"),
                        Messages.text("exercise.improveInstruction"), t -> !map.opportunitiesAt(t).isEmpty()),
                imagineBetter(toBe),
                compare(toBe),
                summary(map)));
    }

    /** The map showing the student's own experience: its first scenario not copied from another. */
    public static JourneyMap asIs(JourneyMap map) {
        return map.showing(asIsId(map));
    }

    private static String asIsId(JourneyMap map) {
        return map.scenarios().list().stream().filter(s -> !s.derived()).findFirst()
                .orElse(map.scenarios().active()).id();
    }

    /** The scenario that imagines the experience better: the first one copied from the as-is. */
    public static Optional<Scenario> toBe(JourneyMap map) {
        String asIs = asIsId(map);
        return map.scenarios().list().stream().filter(s -> s.basisId().equals(asIs)).findFirst();
    }

    /** The guide's one click: copies the as-is into a scenario named "To-be" and shows it. */
    public static AddScenario createToBe(JourneyMap map) {
        String name = map.scenarios().named(Scenario.TO_BE).isEmpty() ? Scenario.TO_BE
                : ScenarioEdits.suggestedName(map.showing(asIsId(map)));
        return AddScenario.copying(map, asIsId(map), name, ScenarioEdits.freshIds());
    }

    /** The customer-facing touchpoints the student has named, in journey order. */
    public static List<Touchpoint> listedTouchpoints(JourneyMap map) {
        return map.customerTouchpoints().stream()
                .filter(t -> !t.title().isBlank() && !t.title().equals(EditActions.NEW_CARD_TITLE))
                .toList();
    }

    private static ExerciseStep choosePurchase(JourneyMap map) {
        String title = map.title();
        boolean named = !title.isBlank() && !title.equals(PLACEHOLDER_TITLE)
                && !title.equals(Messages.text(TEMPLATE_NAME));
        boolean described = !map.scenario().isBlank();
        String detail = named && described ? title
                : !named && !described ? Messages.text("exercise.chooseNeedsBoth")
                : !named ? Messages.text("exercise.chooseNeedsName") : Messages.text("exercise.chooseNeedsScenario");
        return new ExerciseStep(Messages.text("exercise.chooseTitle"), Messages.text("exercise.chooseInstruction"),
                named && described, detail);
    }

    private static ExerciseStep listTouchpoints(List<Touchpoint> listed) {
        int count = listed.size();
        return new ExerciseStep(Messages.text("exercise.listTitle"),
                Messages.text("exercise.listInstruction", MIN_TOUCHPOINTS), count >= MIN_TOUCHPOINTS,
                count >= MIN_TOUCHPOINTS ? Messages.text("exercise.listed", count)
                        : Messages.text("exercise.listedOfAtLeast", count, MIN_TOUCHPOINTS));
    }

    private static ExerciseStep forEach(List<Touchpoint> listed, String title, String instruction,
                                        Predicate<Touchpoint> filledIn) {
        long filled = listed.stream().filter(filledIn).count();
        boolean done = !listed.isEmpty() && filled == listed.size();
        String detail = listed.isEmpty() ? Messages.text("exercise.noTouchpoints")
                : Messages.text("exercise.filledOf", filled, listed.size());
        return new ExerciseStep(title, instruction, done, detail);
    }

    private static ExerciseStep imagineBetter(Optional<MapComparison> toBe) {
        String title = Messages.text("exercise.imagineTitle");
        String instruction = Messages.text("exercise.imagineInstruction");
        if (toBe.isEmpty()) {
            return new ExerciseStep(title, instruction, false, Messages.text("exercise.noToBe"),
                    ExerciseStep.Action.CREATE_TO_BE, true);
        }
        MapComparison c = toBe.get();
        String detail = c.noTouchpointChanges() ? Messages.text("exercise.toBeStillACopy")
                : Messages.text("exercise.toBeChanges", c.changed().size(), c.added().size(), c.removed().size());
        return new ExerciseStep(title, instruction, !c.noTouchpointChanges(), detail,
                ExerciseStep.Action.CREATE_TO_BE, false);
    }

    private static ExerciseStep compare(Optional<MapComparison> toBe) {
        String instruction = Messages.text("exercise.compareInstruction");
        long moved = toBe.map(c -> c.stages().stream().filter(s -> !sameEmotion(s.before(), s.after())).count())
                .orElse(0L);
        String detail = toBe.isEmpty() ? Messages.text("exercise.createToBeFirst")
                : moved == 0 ? Messages.text("exercise.sameFeeling") : Messages.text("exercise.curveMoves", moved);
        return new ExerciseStep(Messages.text("exercise.compareTitle"), instruction, moved > 0, detail, ExerciseStep.Action.COMPARE,
                toBe.isPresent());
    }

    private static boolean sameEmotion(Double before, Double after) {
        return Objects.equals(before, after) || before != null && after != null && Math.abs(before - after) < 1e-9;
    }

    private static ExerciseStep summary(JourneyMap map) {
        boolean written = !map.description().isBlank();
        return new ExerciseStep(Messages.text("exercise.sumUpTitle"), Messages.text("exercise.sumUpInstruction"),
                written, Messages.text(written ? "exercise.written" : "exercise.notWritten"));
    }
}
