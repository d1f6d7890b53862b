package org.journeystudio.usecase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.editing.EditActions;
import org.journeystudio.editing.ScenarioEdits;
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
    /** The title a project from the template gets unless the student names it. */
    public static final String PLACEHOLDER_TITLE = "Map your own experience";
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
                forEach(listed, "Note what you expected",
                        "Select each touchpoint and, in the inspector, write what you expected before it happened: "
                                + "how fast, how easy, how friendly, how accurate. Expectations make a rating "
                                + "meaningful: a three-day delivery delights one customer and annoys another.",
                        t -> !t.expectations().isEmpty()),
                forEach(listed, "Rate your satisfaction",
                        "For each touchpoint, give your satisfaction under \"My rating\", from 1 (very dissatisfied) "
                                + "to 5 (very satisfied), and set how it felt, from frustrated to delighted.",
                        t -> !t.satisfaction().isEmpty()),
                forEach(listed, "Say what could be better",
                        "For each touchpoint, write one concrete improvement as an opportunity. Where something "
                                + "went wrong, add it as a pain point too. Think beyond function: how the moment "
                                + "felt, and whether everyone could have used it as easily as you.",
                        t -> !map.opportunitiesAt(t).isEmpty()),
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
        boolean named = !map.title().isBlank() && !map.title().equals(PLACEHOLDER_TITLE);
        boolean described = !map.scenario().isBlank();
        String detail = named && described ? map.title()
                : !named && !described ? "Name the map and write its scenario"
                : !named ? "Name the map after your purchase" : "Write the scenario";
        return new ExerciseStep("Choose a purchase",
                "Pick something you bought, or a service you used, in the last few weeks. With nothing "
                        + "selected, the inspector shows the map: name it after your purchase and write one line "
                        + "in the scenario: what you bought, from whom, and why.",
                named && described, detail);
    }

    private static ExerciseStep listTouchpoints(List<Touchpoint> listed) {
        int count = listed.size();
        return new ExerciseStep("List every touchpoint",
                "Add a card for every moment you dealt with the company: an advert, a web page, a review, an "
                        + "email, the parcel at the door, a call to support. Use the + in a stage's header; name "
                        + "each card and give it its channel. List at least " + MIN_TOUCHPOINTS + ".",
                count >= MIN_TOUCHPOINTS,
                count >= MIN_TOUCHPOINTS ? count + " touchpoints"
                        : count + " of at least " + MIN_TOUCHPOINTS + " touchpoints");
    }

    private static ExerciseStep forEach(List<Touchpoint> listed, String title, String instruction,
                                        Predicate<Touchpoint> filledIn) {
        long filled = listed.stream().filter(filledIn).count();
        boolean done = !listed.isEmpty() && filled == listed.size();
        String detail = listed.isEmpty() ? "No touchpoints yet" : filled + " of " + listed.size() + " touchpoints";
        return new ExerciseStep(title, instruction, done, detail);
    }

    private static ExerciseStep imagineBetter(Optional<MapComparison> toBe) {
        String instruction = "Now imagine the experience as it could be. Create the to-be scenario: a copy of your "
                + "map in which each card remembers the one it copies. In it, make your improvements real: change "
                + "the cards they touch, add the moments they bring and delete the ones they make unnecessary. Your "
                + "as-is stays as it was; the tabs under the map switch between the two (Ctrl+Page Down).";
        if (toBe.isEmpty()) {
            return new ExerciseStep("Imagine it better", instruction, false, "No to-be scenario yet",
                    ExerciseStep.Action.CREATE_TO_BE, true);
        }
        MapComparison c = toBe.get();
        String detail = c.noTouchpointChanges() ? "The to-be is still a copy: change it"
                : c.changed().size() + " changed · " + c.added().size() + " new · " + c.removed().size() + " removed";
        return new ExerciseStep("Imagine it better", instruction, !c.noTouchpointChanges(), detail,
                ExerciseStep.Action.CREATE_TO_BE, false);
    }

    private static ExerciseStep compare(Optional<MapComparison> toBe) {
        String instruction = "In the to-be, set how each improved moment would feel, so that its emotion curve shows "
                + "the experience you want. Then compare the two: what you added, removed and changed, and how "
                + "the curve moves from stage to stage.";
        long moved = toBe.map(c -> c.stages().stream().filter(s -> !sameEmotion(s.before(), s.after())).count())
                .orElse(0L);
        String detail = toBe.isEmpty() ? "Create the to-be first"
                : moved == 0 ? "The to-be still feels like the as-is"
                : "The curve moves in " + moved + (moved == 1 ? " stage" : " stages");
        return new ExerciseStep("Compare the two", instruction, moved > 0, detail, ExerciseStep.Action.COMPARE,
                toBe.isPresent());
    }

    private static boolean sameEmotion(Double before, Double after) {
        return Objects.equals(before, after) || before != null && after != null && Math.abs(before - after) < 1e-9;
    }

    private static ExerciseStep summary(JourneyMap map) {
        boolean written = !map.description().isBlank();
        return new ExerciseStep("Sum up",
                "With nothing selected, write in the map's description what you learned: the best and the worst "
                        + "moment, and the one improvement that would matter most to you.",
                written, written ? "Written" : "Not written yet");
    }
}
