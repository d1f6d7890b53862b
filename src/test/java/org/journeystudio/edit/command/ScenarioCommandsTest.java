package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.testing.SampleMaps.cardId;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class ScenarioCommandsTest {
    private final JourneyMap asIs = SampleMaps.retailer();

    private static Supplier<String> ids(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return () -> prefix + "-" + n.incrementAndGet();
    }

    private JourneyMap withToBe() {
        return AddScenario.copying(asIs, "as-is", Scenario.TO_BE, ids("copy")).apply(asIs);
    }

    @Test
    void aNewScenarioCopiesEveryTouchpointWithANewIdLinkedToItsOriginalAndIsShown() {
        JourneyMap map = UndoRoundTrip.check(asIs, AddScenario.copying(asIs, "as-is", Scenario.TO_BE, ids("copy")));

        Scenario toBe = map.scenarios().active();
        assertThat(toBe.name()).isEqualTo("To-be");
        assertThat(toBe.basisId()).isEqualTo("as-is");
        assertThat(map.touchpoints()).hasSameSizeAs(asIs.touchpoints());
        for (int i = 0; i < asIs.touchpoints().size(); i++) {
            Touchpoint original = asIs.touchpoints().get(i);
            Touchpoint copy = map.touchpoints().get(i);
            assertThat(copy.id()).isNotEqualTo(original.id());
            assertThat(copy.origin()).isEqualTo(original.id());
            assertThat(copy.toBuilder().id(original.id()).origin("").build()).isEqualTo(original);
        }
        assertThat(map.touchpointsOf("as-is")).isEqualTo(asIs.touchpoints());
        assertThat(map.scenarios().list()).extracting(Scenario::name).containsExactly("As-is", "To-be");
    }

    @Test
    void showingAnotherScenarioSwapsTheTouchpointsAndIsOneUndoStep() {
        JourneyMap map = withToBe();
        String toBeId = map.scenarios().activeId();

        JourneyMap shown = UndoRoundTrip.check(map, ShowScenario.of(map, "as-is"));

        assertThat(shown.touchpoints()).isEqualTo(asIs.touchpoints());
        assertThat(shown.touchpointsOf(toBeId)).isEqualTo(map.touchpoints());
        assertThat(shown.showing(toBeId)).isEqualTo(map);
    }

    @Test
    void editsInOneScenarioLeaveTheOtherAlone() {
        JourneyMap map = withToBe();
        String copyOfPay = map.touchpoints().stream().filter(t -> t.origin().equals(cardId("Payment")))
                .findFirst().orElseThrow().id();

        JourneyMap edited = SetTouchpointField.of(map, copyOfPay, TouchpointField.TITLE, "Pay with one click")
                .apply(map);

        assertThat(edited.touchpointsOf("as-is")).isEqualTo(asIs.touchpoints());
        assertThat(edited.touchpoint(copyOfPay).orElseThrow().title()).isEqualTo("Pay with one click");
    }

    @Test
    void renameAndMoveChangeOnlyTheList() {
        JourneyMap map = withToBe();
        String toBeId = map.scenarios().activeId();

        JourneyMap renamed = UndoRoundTrip.check(map, RenameScenario.of(map, toBeId, "To-be 2027"));
        JourneyMap moved = UndoRoundTrip.check(renamed, MoveScenario.of(renamed, toBeId, 0));

        assertThat(moved.scenarios().list()).extracting(Scenario::name).containsExactly("To-be 2027", "As-is");
        assertThat(moved.touchpoints()).isEqualTo(map.touchpoints());
        MapCommandAssert.mergesExactly(map, RenameScenario.of(map, toBeId, "To"), RenameScenario.of(map, toBeId, "To-be 2"));
    }

    @Test
    void deletingABasisKeepsTheDerivedScenarioAndRelinksItsTouchpointsToTheBasisOfTheBasis() {
        JourneyMap toBe = withToBe();
        String toBeId = toBe.scenarios().activeId();
        JourneyMap twice = AddScenario.copying(toBe, toBeId, "To-be 2027", ids("again")).apply(toBe);
        String laterId = twice.scenarios().activeId();
        assertThat(RemoveScenario.derivedFrom(twice, toBeId)).extracting(Scenario::id).containsExactly(laterId);

        JourneyMap after = UndoRoundTrip.check(twice, RemoveScenario.of(twice, toBeId));

        assertThat(after.scenarios().list()).extracting(Scenario::id).containsExactly("as-is", laterId);
        assertThat(after.scenarios().scenario(laterId).orElseThrow().basisId()).isEqualTo("as-is");
        assertThat(after.touchpoints()).extracting(Touchpoint::origin)
                .containsExactlyElementsOf(asIs.touchpoints().stream().map(Touchpoint::id).toList());
    }

    @Test
    void deletingTheShownScenarioShowsTheFirstLeftAndTheLastCannotGo() {
        JourneyMap map = withToBe();

        JourneyMap after = UndoRoundTrip.check(map, RemoveScenario.of(map, map.scenarios().activeId()));

        assertThat(after.scenarios().activeId()).isEqualTo("as-is");
        assertThat(after.touchpoints()).isEqualTo(asIs.touchpoints());
        assertThatThrownBy(() -> RemoveScenario.of(after, "as-is").apply(after))
                .hasMessageContaining("at least one scenario");
    }

    @Test
    void deletingAStageOrASegmentReachesTheKeptScenariosTooAndUndoBringsThemBack() {
        JourneyMap map = withToBe();
        String toBeId = map.scenarios().activeId();

        JourneyMap noPay = UndoRoundTrip.check(map, RemoveStage.withCards(map, "st-pay"));
        JourneyMap noRegulars = UndoRoundTrip.check(noPay, RemoveSegment.of(noPay, SampleMaps.REGULARS));

        assertThat(noRegulars.touchpointsOf("as-is")).noneMatch(t -> t.stageId().equals("st-pay"))
                .allMatch(t -> !t.satisfaction().containsKey(SampleMaps.REGULARS));
        assertThat(noRegulars.showing("as-is").touchpoints()).isEqualTo(noRegulars.touchpointsOf("as-is"));
        assertThat(noRegulars.touchpointsOf(toBeId)).hasSameSizeAs(noRegulars.touchpointsOf("as-is"));
    }

    @Test
    void rescalingConvertsEveryScenariosRatings() {
        JourneyMap map = withToBe();

        JourneyMap after = UndoRoundTrip.check(map, SetRatingScale.rescaling(RatingScale.ZERO_TO_TEN));

        Touchpoint before = map.touchpointsOf("as-is").get(0);
        Touchpoint rescaled = after.touchpointsOf("as-is").get(0);
        before.satisfaction().forEach((segment, rating) -> assertThat(rescaled.satisfaction().get(segment))
                .isEqualTo(RatingScale.ONE_TO_FIVE.convert(rating, RatingScale.ZERO_TO_TEN)));
    }

    @Test
    void removingTouchpointsOfTheShownScenarioKeepsTheOthersAndTheirLinks() {
        JourneyMap map = withToBe();
        Touchpoint first = map.touchpoints().get(0);

        JourneyMap after = UndoRoundTrip.check(map, RemoveTouchpoints.of(map, Set.of(first.id())));

        assertThat(after.touchpointsOf("as-is")).extracting(Touchpoint::id).contains(first.origin());
        assertThat(after.touchpoints()).extracting(Touchpoint::id).doesNotContain(first.id());
        assertThat(List.copyOf(after.scenarios().list())).isEqualTo(map.scenarios().list());
    }
}
