package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.journeystudio.edit.Document;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** "Apply votes" turns the dots into customer value, scaled to the most-voted, as one undo step. */
@FastTest
class DotValuesTest {
    private final JourneyMap hotel = SampleMaps.hotel("map-hotel").withOpportunities(List.of(
            Opportunity.idea("opp-wifi", "Free wifi", null),
            Opportunity.idea("opp-late", "Late check-out", null).withCustomerValue(2),
            Opportunity.idea("opp-bar", "Rooftop bar", null),
            Opportunity.idea("opp-quiet", "Quiet floor", null).withCustomerValue(4)));

    @Test
    void theMostVotedGetsFiveAnyDotAtLeastOneAndNoDotsLeavesTheValue() {
        assertThat(DotValues.value(12, 12)).isEqualTo(5);
        assertThat(DotValues.value(6, 12)).isEqualTo(3);
        assertThat(DotValues.value(1, 12)).as("0.42 rounds to 0, yet a dot is a vote").isEqualTo(1);
        Document document = new Document(hotel);

        document.execute(DotValues.command(hotel, Map.of("opp-wifi", 12, "opp-late", 6, "opp-bar", 1,
                "opp-gone", 3)).orElseThrow());

        assertThat(document.map().opportunities()).extracting(Opportunity::customerValue)
                .containsExactly(5, 3, 1, 4);
        document.undo();
        assertThat(document.map()).as("one undo step reverts every value").isEqualTo(hotel);
    }

    @Test
    void noDotsOrNothingToChangeIsNoEdit() {
        assertThat(DotValues.command(hotel, Map.of())).isEmpty();
        assertThat(DotValues.command(hotel, Map.of("opp-quiet", 2, "opp-gone", 2))).as("its 4 becomes 5: the only voted one is the most-voted")
                .isPresent();
        assertThat(DotValues.command(hotel.withOpportunities(List.of(
                Opportunity.idea("opp-quiet", "Quiet floor", null).withCustomerValue(5))), Map.of("opp-quiet", 2)))
                .isEmpty();
    }
}
