package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.journeystudio.edit.Document;
import org.journeystudio.layout.ValueEffortMatrix;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Placement by value and effort, the quadrants, the bubble's weight, and a drop as one undo step. */
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

        document.execute(MatrixDrop.dropAt(map, explain, PriorityRule.DEFAULT, 2.4, 4.2));

        Opportunity moved = document.map().opportunities().get(0);
        assertThat(List.of(moved.effort(), moved.customerValue(), moved.businessValue())).containsExactly(4, 3, 2);
        assertThat(ValueEffortMatrix.bubbles(document.map(), PriorityRule.DEFAULT).get(0).quadrant())
                .isEqualTo(ValueEffortMatrix.Quadrant.MONEY_PITS);
        document.undo();
        assertThat(document.map()).isEqualTo(map);
    }
}
