package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Another scenario's emotion curve is laid out in the shown map's columns and emotion lane, as its own would be. */
@FastTest
class OtherScenarioCurveTest {
    private final JourneyMap asIs = SampleMaps.retailer();

    @Test
    void aMapsOwnTouchpointsGiveItsOwnCurve() {
        MapLayout layout = MapLayout.of(asIs);
        assertThat(layout.curveOf(asIs)).isEqualTo(layout.curve());
    }

    @Test
    void anotherScenariosPointsSitInTheSameColumnsAtTheirOwnScores() {
        JourneyMap toBe = AddScenario.copying(asIs, asIs.scenarios().activeId(), "To-be", () -> Ids.next("tp"))
                .apply(asIs);
        Touchpoint first = toBe.touchpoints().get(0);
        String dropped = asIs.stages().stream().map(s -> s.id()).filter(id -> !id.equals(first.stageId()))
                .findFirst().orElseThrow();
        List<Touchpoint> cards = new ArrayList<>();
        for (Touchpoint t : toBe.touchpoints()) {
            if (t == first) {
                cards.add(t.toBuilder().emotion(first.emotion().score() == 2 ? -2 : 2).build());
            } else if (!t.stageId().equals(dropped)) {
                cards.add(t);
            }
        }
        JourneyMap edited = toBe.withTouchpoints(cards);

        MapLayout asIsLayout = MapLayout.of(edited.showing(asIs.scenarios().activeId()));
        List<CurvePoint> dashed = asIsLayout.curveOf(edited);

        // Exactly what the to-be draws itself: columns follow the stages and the emotion lane keeps its height.
        assertThat(dashed).isEqualTo(MapLayout.of(edited).curve());
        assertThat(dashed).hasSizeLessThan(asIsLayout.curve().size());
        CurvePoint moved = point(dashed, first.id());
        CurvePoint before = point(asIsLayout.curve(), first.origin());
        assertThat(moved.score()).isNotEqualTo(before.score());
        assertThat(moved.y()).isNotEqualTo(before.y());
    }

    private static CurvePoint point(List<CurvePoint> curve, String touchpointId) {
        return curve.stream().filter(p -> p.touchpointId().equals(touchpointId)).findFirst().orElseThrow();
    }

    @Test
    void withTheEmotionLaneHiddenThereIsNoCurve() {
        JourneyMap hidden = asIs.withLanes(asIs.lanes().stream()
                .map(l -> l.id().equals(SampleMaps.EMOTION) ? l.withVisible(false) : l).toList());
        assertThat(MapLayout.of(hidden).curveOf(asIs)).isEmpty();
    }
}
