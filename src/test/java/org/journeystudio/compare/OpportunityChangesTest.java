package org.journeystudio.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Compare lists the action plan's changes: added, removed, and each changed field. */
@FastTest
class OpportunityChangesTest {
    @Test
    void anOwnerAndStatusChangeAnAddedAndARemovedOpportunityAreListed() {
        JourneyMap before = SampleMaps.rich("map-plan");
        Opportunity total = before.opportunity("opp-total").orElseThrow();
        JourneyMap after = before.withOpportunities(List.of(
                total.withOwner("Checkout squad").withStatus(OpportunityStatus.DONE),
                Opportunity.idea("opp-new", "Wallet pay", null)))
                .withTouchpoint(before.touchpoint("tp-9").orElseThrow().toBuilder()
                        .opportunityIds(List.of("opp-total")).build());

        MapComparison comparison = MapComparison.of(before, after);

        assertThat(comparison.opportunities()).extracting(OpportunityChange::kind, OpportunityChange::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("changed", "Show total early"),
                        org.assertj.core.groups.Tuple.tuple("added", "Wallet pay"),
                        org.assertj.core.groups.Tuple.tuple("removed", "Remember card"));
        assertThat(comparison.opportunities().get(0).fields()).containsExactly(
                new FieldChange("owner", "Payments team", "Checkout squad"),
                new FieldChange("status", "Planned", "Done"));
        assertThat(comparison.changed()).singleElement().satisfies(t -> assertThat(t.fields())
                .contains(new FieldChange("opportunities", "Show total early; Remember card", "Show total early")));
    }
}
