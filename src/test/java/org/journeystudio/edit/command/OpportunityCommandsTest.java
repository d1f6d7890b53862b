package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** The action plan's commands: each one undo step, links kept consistent in every scenario. */
@FastTest
class OpportunityCommandsTest {
    private final JourneyMap map = SampleMaps.checkout();

    @Test
    void aPainPointBecomesAnOpportunityLinkedToItInOneStep() {
        AddOpportunity turn = AddOpportunity.fromPainPoint(map, "tp-pay", 0, "opp-new");

        JourneyMap after = UndoRoundTrip.check(map, turn);

        assertThat(turn.description()).isEqualTo("Turn pain point 'Card declined without reason' into an opportunity");
        assertThat(after.opportunity("opp-new")).contains(
                Opportunity.idea("opp-new", "Card declined without reason", Evidence.PROPOSED));
        Touchpoint pay = after.touchpoint("tp-pay").orElseThrow();
        assertThat(pay.painPoints().get(0).opportunityIds()).containsExactly("opp-new");
        assertThat(after.opportunitiesAt(pay)).extracting(Opportunity::id).containsExactly("opp-tp-pay-1", "opp-new");
        assertThat(after.touchpointsAddressedBy("opp-new")).containsExactly(pay);
    }

    @Test
    void aPainPointThatIsNotThereIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> AddOpportunity.fromPainPoint(map, "tp-pay", 3, "opp-new"))
                .hasMessage("Touchpoint 'Pay' has no pain point 4");
    }

    @Test
    void editingAnOpportunityMergesTypingIntoOneStep() {
        Opportunity explain = map.opportunity("opp-tp-pay-1").orElseThrow();
        Document document = new Document(map);
        document.execute(EditOpportunity.of(map, explain.withOwner("P")));
        document.execute(EditOpportunity.of(document.map(), explain.withOwner("Payments")));
        document.execute(EditOpportunity.of(document.map(), explain.withOwner("Payments")
                .withStatus(OpportunityStatus.PLANNED)));

        assertThat(document.map().opportunity(explain.id()).orElseThrow().owner()).isEqualTo("Payments");
        document.undo();
        assertThat(document.map()).isEqualTo(map);
    }

    @Test
    void deletingAnOpportunityRemovesEveryLinkInEveryScenarioAndUndoBringsThemBack() {
        AtomicInteger ids = new AtomicInteger();
        JourneyMap twoScenarios = AddScenario.copying(map, "as-is", "To-be", () -> "id-" + ids.incrementAndGet())
                .apply(map).showing("as-is");
        JourneyMap linked = AddOpportunity.fromPainPoint(twoScenarios, "tp-pay", 0, "opp-fix").apply(twoScenarios);

        JourneyMap after = UndoRoundTrip.check(linked, RemoveOpportunity.of(linked, "opp-tp-pay-1"));

        assertThat(after.opportunities()).extracting(Opportunity::id).containsExactly("opp-fix");
        assertThat(after.scenarios().list()).allSatisfy(s -> assertThat(after.touchpointsOf(s.id()))
                .noneMatch(t -> t.addressedBy("opp-tp-pay-1")));
    }

    @Test
    void aScenarioCopyAddressesTheSameOpportunities() {
        AtomicInteger ids = new AtomicInteger();
        JourneyMap toBe = AddScenario.copying(map, "as-is", "To-be", () -> "id-" + ids.incrementAndGet()).apply(map);

        Touchpoint copy = toBe.touchpoints().stream().filter(t -> t.origin().equals("tp-pay")).findFirst().orElseThrow();
        assertThat(toBe.opportunitiesAt(copy)).extracting(Opportunity::title).containsExactly("Explain declines");
    }

    @Test
    void deletingATouchpointKeepsItsOpportunitiesAndOnlyTheLinkGoes() {
        JourneyMap after = UndoRoundTrip.check(map, RemoveTouchpoints.of(map, Set.of("tp-pay")));

        assertThat(after.opportunities()).isEqualTo(map.opportunities());
        assertThat(after.touchpointsAddressedBy("opp-tp-pay-1")).isEmpty();
    }

    @Test
    void linkingAndUnlinkingAreStepsOfTheirOwn() {
        JourneyMap linked = UndoRoundTrip.check(map, LinkOpportunity.link(map, "opp-tp-pay-1", "tp-find", -1));
        assertThat(linked.touchpointsAddressedBy("opp-tp-pay-1")).extracting(Touchpoint::id)
                .containsExactly("tp-find", "tp-pay");

        JourneyMap unlinked = UndoRoundTrip.check(linked, LinkOpportunity.unlink(linked, "opp-tp-pay-1", "tp-pay", -1));
        assertThat(unlinked.touchpointsAddressedBy("opp-tp-pay-1")).extracting(Touchpoint::id).containsExactly("tp-find");
    }

    @Test
    void pastedCardsBringTheirOpportunitiesIntoAnotherMap() {
        TouchpointClipboard copied = TouchpointClipboard.copy(map, List.of("tp-pay"));
        JourneyMap other = SampleMaps.shop("other");

        JourneyMap pasted = UndoRoundTrip.check(other, copied.pasteInto(other, "st-buy", SampleMaps.TOUCHPOINTS, 0,
                () -> "tp-pasted"));

        Touchpoint card = pasted.touchpoint("tp-pasted").orElseThrow();
        assertThat(pasted.opportunitiesAt(card)).extracting(Opportunity::title).containsExactly("Explain declines");
        assertThat(pasted.opportunities()).hasSize(other.opportunities().size() + 1);
    }

    @Test
    void theInspectorsListAddsNewOpportunitiesAndOnlyUnlinksThoseLeftOut() {
        Opportunity fresh = Opportunity.idea("opp-fresh", "Wallet pay", null);
        JourneyMap added = UndoRoundTrip.check(map, SetTouchpointOpportunities.of(map, "tp-pay",
                List.of(map.opportunity("opp-tp-pay-1").orElseThrow(), fresh)));
        JourneyMap left = UndoRoundTrip.check(added, SetTouchpointOpportunities.of(added, "tp-pay", List.of(fresh)));

        assertThat(left.opportunities()).extracting(Opportunity::id).containsExactly("opp-tp-pay-1", "opp-fresh");
        assertThat(left.touchpoint("tp-pay").orElseThrow().opportunityIds()).containsExactly("opp-fresh");
    }
}
