package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.journeystudio.edit.Document;
import org.journeystudio.layout.MatrixLayout;
import org.journeystudio.layout.ValueEffortMatrix;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Placement by value and effort, the quadrants, the bubble's weight, the drawn layout, and a drop as one undo step. */
@FastTest
class ValueEffortMatrixTest {
    /** The checkout sample's note rated (value 4.5, effort 1) on a card rated 2.0 on 1–5, and its pain point linked. */
    private static JourneyMap rated() {
        JourneyMap map = SampleMaps.checkout();
        Opportunity explain = map.opportunities().get(0).withCustomerValue(5).withBusinessValue(4).withEffort(1);
        var pay = map.touchpoint("tp-pay").orElseThrow();
        return map.withOpportunities(List.of(explain, Opportunity.idea("opp-x", "Unrated", null).withEffort(2)))
                .withTouchpoint(pay.toBuilder().satisfaction(Map.of("seg-b", 2.0))
                        .painPoints(List.of(pay.painPoints().get(0).withOpportunityIds(List.of(explain.id()))))
                        .build());
    }

    @Test
    void aRatedOpportunityIsPlacedInItsQuadrantWithItsWeight() {
        List<ValueEffortMatrix.Bubble> bubbles = ValueEffortMatrix.bubbles(rated(), PriorityRule.DEFAULT);

        assertThat(bubbles).singleElement().satisfies(b -> {
            assertThat(b.value()).isEqualTo(4.5);
            assertThat(b.effort()).isEqualTo(1);
            assertThat(b.quadrant()).isEqualTo(ValueEffortMatrix.Quadrant.QUICK_WINS);
            assertThat(b.weight()).as("one pain point + (5 - 2) / 4").isEqualTo(1.75);
        });
        assertThat(ValueEffortMatrix.Quadrant.of(4, 4)).isEqualTo(ValueEffortMatrix.Quadrant.BIG_BETS);
        assertThat(ValueEffortMatrix.Quadrant.of(3, 3)).isEqualTo(ValueEffortMatrix.Quadrant.FILL_INS);
        assertThat(ValueEffortMatrix.Quadrant.of(2, 5)).isEqualTo(ValueEffortMatrix.Quadrant.MONEY_PITS);
    }

    @Test
    void droppingABubbleReRatesItInOneUndoStep() {
        JourneyMap map = rated();
        Opportunity explain = map.opportunities().get(0);
        Document document = new Document(map);

        var drop = MatrixDrop.dropAt(map, explain, PriorityRule.DEFAULT, 2.4, 4.2);
        assertThat(drop.description()).isEqualTo("Move '" + explain.title() + "' in the value–effort matrix");
        document.execute(drop);

        Opportunity moved = document.map().opportunities().get(0);
        assertThat(List.of(moved.effort(), moved.customerValue(), moved.businessValue())).containsExactly(4, 3, 2);
        assertThat(ValueEffortMatrix.bubbles(document.map(), PriorityRule.DEFAULT).get(0).quadrant())
                .isEqualTo(ValueEffortMatrix.Quadrant.MONEY_PITS);
        document.undo();
        assertThat(document.map()).isEqualTo(map);
    }

    @Test
    void theLayoutPlacesABubbleWhereADropReadsItBackAndFiltersByStageOwnerAndStatus() {
        JourneyMap map = rated();
        MatrixLayout layout = MatrixLayout.of(map, PriorityRule.DEFAULT, MatrixLayout.Filter.ALL, 800, 600);

        MatrixLayout.Dot dot = layout.dots().get(0);
        assertThat(List.of(layout.effortAt(dot.x()), layout.valueAt(dot.y()))).containsExactly(1.0, 4.5);
        assertThat(layout.areas().get(0).quadrant()).isEqualTo(ValueEffortMatrix.Quadrant.QUICK_WINS);
        assertThat(layout.areas().get(0).box().contains(new org.journeystudio.layout.Box(dot.x(), dot.y(), 0, 0)))
                .isTrue();
        assertThat(dot.radius()).as("bigger than a bubble of weight 0").isGreaterThan(MatrixLayout.of(
                map.withOpportunities(List.of(map.opportunities().get(0))).withTouchpoints(List.of()),
                PriorityRule.DEFAULT, MatrixLayout.Filter.ALL, 800, 600).dots().get(0).radius());
        assertThat(layout.titles()).extracting(MatrixLayout.Label::text)
                .contains("1 opportunity has no value or effort yet (not shown)");

        String payStage = map.touchpoint("tp-pay").orElseThrow().stageId();
        String otherStage = map.stages().stream().map(s -> s.id()).filter(id -> !id.equals(payStage)).findFirst()
                .orElseThrow();
        assertThat(dots(map, new MatrixLayout.Filter(payStage, null, null))).isEqualTo(1);
        assertThat(dots(map, new MatrixLayout.Filter(otherStage, null, null))).isZero();
        assertThat(dots(map, new MatrixLayout.Filter(null, "Nobody", null))).isZero();
        assertThat(dots(map, new MatrixLayout.Filter(null, null, OpportunityStatus.DONE))).isZero();
        assertThat(dots(map, new MatrixLayout.Filter(null, null, OpportunityStatus.IDEA))).isEqualTo(1);
    }

    private static int dots(JourneyMap map, MatrixLayout.Filter filter) {
        return MatrixLayout.of(map, PriorityRule.DEFAULT, filter, 800, 600).dots().size();
    }
}
