package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** The backlog's rows: filtered, grouped, sorted by priority with the unrated last; typed values checked. */
@FastTest
class BacklogTest {
    /** The shop with "Show verified reviews first" (Search) and three more: one per stage and one linked nowhere. */
    private static JourneyMap shop() {
        JourneyMap map = SampleMaps.shop("shop");
        Opportunity reviews = map.opportunities().get(0).withOwner("Marketing").withCustomerValue(4).withEffort(4);
        Opportunity pay = Opportunity.idea("opp-pay", "Explain card declines", Evidence.OBSERVED)
                .withOwner("Payments").withCustomerValue(5).withBusinessValue(5).withEffort(1);
        Opportunity parcel = Opportunity.idea("opp-parcel", "Track the parcel", null).withOwner("Marketing")
                .withStatus(OpportunityStatus.DONE).withCustomerValue(3).withBusinessValue(3).withEffort(2);
        Opportunity loose = Opportunity.idea("opp-loose", "Loyalty points", null);
        var payCard = map.touchpoint("tp-pay").orElseThrow();
        var deliver = map.touchpoint("tp-deliver").orElseThrow();
        return map.withOpportunities(List.of(reviews, pay, parcel, loose))
                .withTouchpoint(payCard.toBuilder().opportunityIds(List.of("opp-pay")).build())
                .withTouchpoint(deliver.toBuilder().opportunityIds(List.of("opp-parcel")).build());
    }

    private static List<String> titles(List<Backlog.Row> rows) {
        return rows.stream().map(r -> r.opportunity().title()).toList();
    }

    @Test
    void byPriorityHighestFirstWithTheUnratedLast() {
        List<Backlog.Row> rows = Backlog.rows(shop(), PriorityRule.DEFAULT, Backlog.Query.DEFAULT);

        assertThat(titles(rows)).containsExactly("Explain card declines", "Track the parcel",
                "Show verified reviews first", "Loyalty points");
        assertThat(rows).extracting(Backlog.Row::priority).containsExactly(5.0, 1.5, 1.0, null);
        assertThat(titles(Backlog.rows(shop(), PriorityRule.DEFAULT,
                Backlog.Query.DEFAULT.sortedBy(Backlog.Column.PRIORITY, false))))
                .containsExactly("Show verified reviews first", "Track the parcel", "Explain card declines",
                        "Loyalty points");
    }

    @Test
    void groupedByStageInJourneyOrderOrByOwner() {
        List<Backlog.Row> byStage = Backlog.rows(shop(), PriorityRule.DEFAULT,
                Backlog.Query.DEFAULT.grouped(Backlog.Grouping.STAGE));
        assertThat(byStage).extracting(Backlog.Row::group).containsExactly("Search", "Buy", "Receive", "(no stage)");

        List<Backlog.Row> byOwner = Backlog.rows(shop(), PriorityRule.DEFAULT,
                Backlog.Query.DEFAULT.grouped(Backlog.Grouping.OWNER));
        assertThat(byOwner).extracting(Backlog.Row::group)
                .containsExactly("Marketing", "Marketing", "Payments", "(no owner)");
        assertThat(titles(byOwner).subList(0, 2)).containsExactly("Track the parcel", "Show verified reviews first");
    }

    @Test
    void filteredByTextAndStatus() {
        assertThat(titles(Backlog.rows(shop(), PriorityRule.DEFAULT, Backlog.Query.DEFAULT.filtered("receive", null))))
                .containsExactly("Track the parcel");
        assertThat(titles(Backlog.rows(shop(), PriorityRule.DEFAULT,
                Backlog.Query.DEFAULT.filtered("", OpportunityStatus.IDEA)))).hasSize(3).doesNotContain("Track the parcel");
    }

    @Test
    void aTypedValueIsOneUndoStepAndABadOneIsRefusedNamingTheField() {
        JourneyMap map = shop();
        Opportunity pay = map.opportunity("opp-pay").orElseThrow();
        Document document = new Document(map);

        document.execute(BacklogInput.edit(map, pay, BacklogInput.Field.EFFORT, " 3 "));
        assertThat(document.map().opportunity("opp-pay").orElseThrow().effort()).isEqualTo(3);
        document.undo();
        assertThat(document.map()).isEqualTo(map);

        assertThatThrownBy(() -> BacklogInput.edit(map, pay, BacklogInput.Field.EFFORT, "7"))
                .hasMessage("Effort must be 1 to 5 or empty, not '7'");
        assertThatThrownBy(() -> BacklogInput.edit(map, pay, BacklogInput.Field.DUE, "31/03/2027"))
                .hasMessage("Due date must be a date such as 2027-03-31, or empty, not '31/03/2027'");
        assertThatThrownBy(() -> BacklogInput.edit(map, pay, BacklogInput.Field.STATUS, "maybe"))
                .hasMessageContaining("status must be one of Idea, Planned, In progress, Done, Dropped, not 'maybe'");
    }

    @Test
    void theKpisThreePartsAndTheDescriptionAreTypedOneAtATime() {
        Opportunity pay = shop().opportunity("opp-pay").orElseThrow();

        Opportunity typed = BacklogInput.apply(BacklogInput.apply(BacklogInput.apply(BacklogInput.apply(pay,
                BacklogInput.Field.KPI_NAME, " CSAT at payment "), BacklogInput.Field.KPI_BASELINE, "3.1"),
                BacklogInput.Field.KPI_TARGET, "4.0"), BacklogInput.Field.DESCRIPTION, "Before the card details");

        assertThat(List.of(typed.kpi().name(), typed.kpi().baseline(), typed.kpi().target(), typed.description()))
                .containsExactly("CSAT at payment", "3.1", "4.0", "Before the card details");
        assertThat(BacklogInput.apply(typed, BacklogInput.Field.KPI_BASELINE, "").kpi().target()).isEqualTo("4.0");
    }
}
