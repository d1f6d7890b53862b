package org.journeystudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class MapValidatorTest {

    @Test
    void aConsistentMapHasNoProblems() {
        assertThat(MapValidator.validate(SampleMaps.checkout())).isEmpty();
    }

    @Test
    void touchpointPointingAtMissingStageIsNamed() {
        JourneyMap map = SampleMaps.checkout();
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow();
        JourneyMap broken = map.withTouchpoint(pay.movedTo("st-gone", "lane-tp", 0));

        assertThat(MapValidator.validate(broken))
                .extracting(ValidationProblem::message)
                .containsExactly("Touchpoint 'Pay' points at stage 'st-gone', which does not exist");
    }

    @Test
    void touchpointPointingAtMissingLaneIsNamed() {
        JourneyMap map = SampleMaps.checkout();
        JourneyMap broken = map.withLanes(List.of(map.lanes().get(1)));

        assertThat(MapValidator.validate(broken)).extracting(ValidationProblem::message)
                .contains("Touchpoint 'Pay' points at lane 'lane-tp', which does not exist",
                        "Touchpoint 'Find product' points at lane 'lane-tp', which does not exist");
    }

    @Test
    void ratingsMustBeForKnownSegmentsAndOnTheScale() {
        JourneyMap map = SampleMaps.checkout();
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow();
        JourneyMap broken = map.withTouchpoint(pay.toBuilder()
                .satisfaction(Map.of("seg-b", 6.0, "seg-x", 3.0)).expectedScore(0.5).build());

        assertThat(MapValidator.validate(broken)).extracting(ValidationProblem::message)
                .containsExactlyInAnyOrder(
                        "Touchpoint 'Pay' rates segment 'seg-b' 6.0, outside the map's scale 1-5",
                        "Touchpoint 'Pay' has a rating for segment 'seg-x', which does not exist",
                        "Touchpoint 'Pay' expects 0.5, outside the map's scale 1-5");
    }

    @Test
    void theSameRatingIsValidOnAWiderScale() {
        JourneyMap map = SampleMaps.checkout();
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow();
        JourneyMap tenPoint = new JourneyMap(map.id(), map.title(), "", "", null, null, RatingScale.ZERO_TO_TEN,
                map.personas(), map.segments(), map.stages(), map.lanes(),
                List.of(pay.toBuilder().satisfaction(Map.of("seg-b", 9.0)).build())).withOpportunities(map.opportunities());

        assertThat(MapValidator.validate(tenPoint)).isEmpty();
    }

    @Test
    void duplicateIdsAndMissingTitleAreReported() {
        JourneyMap map = SampleMaps.checkout();
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.add(new Stage("st-buy", "Buy again"));
        JourneyMap broken = map.withStages(stages).withTitle("  ");

        assertThat(MapValidator.validate(broken)).extracting(ValidationProblem::toString)
                .containsExactlyInAnyOrder("title: The map needs a title",
                        "stages: The id 'st-buy' is used twice in stages");
    }

    @Test
    void personaMustStandForAnExistingSegment() {
        JourneyMap map = SampleMaps.checkout();
        JourneyMap broken = map.withPersonas(List.of(new Persona("p-2", "Bo", "", null, "seg-z")));

        assertThat(MapValidator.validate(broken)).extracting(ValidationProblem::message)
                .containsExactly("Persona 'Bo' stands for segment 'seg-z', which does not exist");
    }

    @Test
    void requireValidListsEveryProblem() {
        JourneyMap map = SampleMaps.checkout();
        JourneyMap broken = map.withStages(List.of()).withTitle("");

        assertThatThrownBy(() -> MapValidator.requireValid(broken))
                .isInstanceOf(InvalidMapException.class)
                .satisfies(e -> assertThat(((InvalidMapException) e).problems()).hasSize(3))
                .hasMessageContaining("stage 'st-search'").hasMessageContaining("stage 'st-buy'");
    }
}
