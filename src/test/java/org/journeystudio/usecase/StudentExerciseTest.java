package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** The exercise's checklist ticks each step once the map fulfils it, and only then. */
@FastTest
class StudentExerciseTest {
    private final JourneyMap fresh = new ResourceTemplateCatalog().instantiate(StudentExercise.TEMPLATE_ID, null,
            Instant.parse("2026-11-23T00:00:00Z"));

    @Test
    void aFreshExerciseHasEightOpenStepsAndStartsWithTheFirst() {
        ExerciseProgress progress = StudentExercise.check(fresh);

        assertThat(progress.steps()).extracting(ExerciseStep::title).containsExactly("Choose a purchase",
                "List every touchpoint", "Note what you expected", "Rate your satisfaction",
                "Say what could be better", "Imagine it better", "Compare the two", "Sum up");
        assertThat(fresh.title()).isEqualTo(StudentExercise.PLACEHOLDER_TITLE);
        assertThat(progress.doneCount()).isZero();
        assertThat(progress.summary()).isEqualTo("0 of 8 steps done");
        assertThat(progress.currentStep()).isZero();
        assertThat(progress.steps()).allSatisfy(s -> assertThat(s.instruction()).hasSizeGreaterThan(80));
        assertThat(progress.steps().get(1).detail()).isEqualTo("0 of at least 5 touchpoints");
    }

    @Test
    void choosingAPurchaseNeedsATitleOfOnesOwnAndTheScenario() {
        assertThat(step(fresh, 0).title()).isEqualTo("Choose a purchase");
        assertThat(step(withText(fresh, "Running shoes", ""), 0).done()).isFalse();
        assertThat(step(withText(fresh, "Running shoes", ""), 0).detail()).isEqualTo("Write the scenario");
        assertThat(step(withText(fresh, StudentExercise.PLACEHOLDER_TITLE, "Shoes online"), 0).detail())
                .isEqualTo("Name the map after your purchase");

        ExerciseStep chosen = step(withText(fresh, "Running shoes", "Bought online for a half marathon"), 0);
        assertThat(chosen.done()).isTrue();
        assertThat(chosen.detail()).isEqualTo("Running shoes");
    }

    @Test
    void listingNeedsFiveNamedCustomerTouchpoints() {
        JourneyMap four = withCards(fresh, 4, card -> card);
        assertThat(step(four, 1).done()).isFalse();
        assertThat(step(four, 1).detail()).isEqualTo("4 of at least 5 touchpoints");

        // A card still called "New touchpoint" is not listed yet; a note in a notes lane never is.
        JourneyMap unnamed = withCards(four, 1, card -> card.toBuilder().title("New touchpoint").build());
        JourneyMap withNote = withNote(unnamed);
        assertThat(StudentExercise.listedTouchpoints(withNote)).hasSize(4);
        assertThat(step(withNote, 1).done()).isFalse();

        JourneyMap five = withCards(four, 1, card -> card);
        assertThat(step(five, 1).done()).isTrue();
        assertThat(step(five, 1).detail()).isEqualTo("5 touchpoints");
    }

    @Test
    void expectationsRatingsAndImprovementsAreTickedWhenEveryListedTouchpointHasThem() {
        JourneyMap map = withCards(fresh, 5, card -> card);
        assertThat(step(map, 2).detail()).isEqualTo("0 of 5 touchpoints");

        map = fillAll(map, t -> t.toBuilder().expectations(List.of("Quick")).build());
        assertThat(step(map, 2).done()).isTrue();
        assertThat(step(map, 3).done()).isFalse();

        String segment = map.segments().get(0).id();
        map = fillAll(map, t -> t.toBuilder().satisfaction(Map.of(segment, 4.0)).build());
        assertThat(step(map, 3).done()).isTrue();

        map = fillAll(map.withOpportunities(List.of(Opportunity.idea("opp-track", "Track the parcel", null))),
                t -> t.toBuilder().opportunityIds(List.of("opp-track")).build());
        assertThat(step(map, 4).done()).isTrue();

        // One more touchpoint without any of them opens the three steps again.
        JourneyMap more = withCards(map, 1, card -> card);
        assertThat(step(more, 2).detail()).isEqualTo("5 of 6 touchpoints");
        assertThat(List.of(step(more, 2), step(more, 3), step(more, 4))).noneMatch(ExerciseStep::done);
    }

    @Test
    void theSummaryIsTheMapsDescriptionAndTheExerciseFinishesWithIt() {
        String segment = fresh.segments().get(0).id();
        JourneyMap map = fillAll(withCards(withText(fresh, "Running shoes", "Bought online"), 5, card -> card)
                        .withOpportunities(List.of(Opportunity.idea("opp-faster", "Faster", null))),
                t -> t.toBuilder().expectations(List.of("Quick")).satisfaction(Map.of(segment, 2.0))
                        .opportunityIds(List.of("opp-faster")).build());
        assertThat(StudentExercise.check(map).currentStep()).isEqualTo(5);
        assertThat(step(map, 7).detail()).isEqualTo("Not written yet");

        JourneyMap imagined = StudentExercise.createToBe(map).apply(map);
        imagined = imagined.withTouchpoints(imagined.touchpoints().stream()
                .map(t -> t.toBuilder().title(t.title() + ", faster").emotion(2).build()).toList());
        JourneyMap summed = new JourneyMap(map.id(), map.title(), "The delivery was the worst moment.",
                map.scenario(), map.created(), map.modified(), map.scale(), map.personas(), map.segments(),
                map.stages(), map.lanes(), imagined.touchpoints(), imagined.scenarios(), imagined.opportunities());
        ExerciseProgress done = StudentExercise.check(summed);
        assertThat(done.finished()).isTrue();
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(done.currentStep()).isEqualTo(-1);
        assertThat(done.summary()).isEqualTo("8 of 8 steps done");
    }

    @Test
    void imaginingItBetterCreatesTheToBeInOneClickAndIsDoneOnceTheToBeDiffers() {
        JourneyMap rated = withCards(withText(fresh, "Running shoes", "Bought online"), 5, card -> card);
        ExerciseStep before = step(rated, 5);
        assertThat(before.done()).isFalse();
        assertThat(before.detail()).isEqualTo("No to-be scenario yet");
        assertThat(before.action()).isEqualTo(ExerciseStep.Action.CREATE_TO_BE);
        assertThat(before.actionReady()).isTrue();
        assertThat(step(rated, 6).actionReady()).isFalse(); // nothing to compare yet
        assertThat(step(rated, 6).detail()).isEqualTo("Create the to-be first");

        JourneyMap copied = StudentExercise.createToBe(rated).apply(rated);
        assertThat(copied.scenarios().active().name()).isEqualTo("To-be");
        assertThat(StudentExercise.toBe(copied)).contains(copied.scenarios().active());
        assertThat(step(copied, 5).done()).isFalse();
        assertThat(step(copied, 5).actionReady()).isFalse(); // one to-be is enough
        assertThat(step(copied, 5).detail()).isEqualTo("The to-be is still a copy: change it");

        List<Touchpoint> cards = new ArrayList<>(copied.touchpoints());
        cards.set(0, cards.get(0).toBuilder().title("Order in one tap").build());
        cards.remove(1);
        JourneyMap changed = copied.withTouchpoints(cards);
        assertThat(step(changed, 5).done()).isTrue();
        assertThat(step(changed, 5).detail()).isEqualTo("1 changed · 0 new · 1 removed");
    }

    @Test
    void comparingIsDoneOnceTheToBeFeelsDifferentAndOffersTheCompareView() {
        JourneyMap rated = withCards(withText(fresh, "Running shoes", "Bought online"), 5, card -> card);
        JourneyMap copied = StudentExercise.createToBe(rated).apply(rated);
        ExerciseStep same = step(copied, 6);
        assertThat(same.action()).isEqualTo(ExerciseStep.Action.COMPARE);
        assertThat(same.actionReady()).isTrue();
        assertThat(same.done()).isFalse();
        assertThat(same.detail()).isEqualTo("The to-be still feels like the as-is");

        JourneyMap happier = fillAll(copied, t -> t.toBuilder().emotion(2).build());
        assertThat(step(happier, 6).done()).isTrue();
        assertThat(step(happier, 6).detail()).startsWith("The curve moves in ");
    }

    @Test
    void theStepsAboutOnesOwnExperienceReadTheAsIsWhicheverScenarioIsShown() {
        String segment = fresh.segments().get(0).id();
        JourneyMap rated = fillAll(withCards(fresh, 5, card -> card),
                t -> t.toBuilder().satisfaction(Map.of(segment, 4.0)).build());
        JourneyMap toBe = StudentExercise.createToBe(rated).apply(rated);
        // A new card in the to-be has no rating of the student's own: the as-is is still fully rated.
        JourneyMap added = withCards(toBe, 1, card -> card.toBuilder().id("tp-new-idea").build());

        assertThat(step(added, 3).done()).isTrue();
        assertThat(step(added, 3).detail()).isEqualTo("5 of 5 touchpoints");
        assertThat(StudentExercise.asIs(added).scenarios().active().name()).isEqualTo("As-is");
    }

    private static ExerciseStep step(JourneyMap map, int index) {
        return StudentExercise.check(map).steps().get(index);
    }

    private static JourneyMap withText(JourneyMap map, String title, String scenario) {
        return new JourneyMap(map.id(), title, map.description(), scenario, map.created(), map.modified(),
                map.scale(), map.personas(), map.segments(), map.stages(), map.lanes(), map.touchpoints());
    }

    /** Adds {@code count} named cards to the touchpoint lane, one stage after another, each changed by {@code how}. */
    private static JourneyMap withCards(JourneyMap map, int count, java.util.function.UnaryOperator<Touchpoint> how) {
        String lane = lane(map, LaneKind.TOUCHPOINTS).id();
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        for (int i = 0; i < count; i++) {
            int n = cards.size();
            cards.add(how.apply(Touchpoint.builder("tp-" + n, map.stages().get(n % map.stages().size()).id(), lane)
                    .order(n).title("Moment " + n).build()));
        }
        return map.withTouchpoints(cards);
    }

    private static JourneyMap withNote(JourneyMap map) {
        Lane notes = new Lane("lane-notes", LaneKind.NOTES, "Notes", true);
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(notes);
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        cards.add(Touchpoint.builder("tp-note", map.stages().get(0).id(), notes.id()).title("A reminder").build());
        return map.withLanes(lanes).withTouchpoints(cards);
    }

    private static JourneyMap fillAll(JourneyMap map, java.util.function.UnaryOperator<Touchpoint> how) {
        return map.withTouchpoints(map.touchpoints().stream().map(how).toList());
    }

    private static Lane lane(JourneyMap map, LaneKind kind) {
        return map.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }
}
